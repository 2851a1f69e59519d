import type { DocBudget, Line, Project } from './budget.js';
import { SERVICE_CATALOG } from './codes.js';
import { cell, fmt, plain, sum, type Micro } from './money.js';
import type { Rng } from './rng.js';
import { rows, table, type Totals } from './tables.js';
import type { Indicator } from './vocab.js';

/** “三公” components: [出国, 接待, 购车, 运维, 加油, 维修, 保险, 其他]; 运维 = the last four. */
export type SanGong = readonly [Micro, Micro, Micro, Micro, Micro, Micro, Micro, Micro];

function splitUpkeep(abroad: Micro, hosting: Micro, car: Micro, upkeep: Micro): SanGong {
  const part = (share: number): Micro => Math.round((upkeep * share) / 100) * 100;
  const fuel: Micro = part(0.53);
  const repair: Micro = part(0.17);
  const insurance: Micro = part(0.17);
  return [abroad, hosting, car, upkeep, fuel, repair, insurance, upkeep - fuel - repair - insurance];
}

export function sanGongOf(t: Totals): SanGong {
  const by = (econ: string): Micro => sum(t.all.filter((l: Line): boolean => l.econ === econ).map((l: Line): Micro => l.amount));
  return splitUpkeep(by('3021202'), by('30217'), by('31013'), by('30231'));
}

/** The 年度 column shows last year too; a department's previous document supplies it when there is one. */
export function sanGongTable(year: number, current: SanGong, previous: SanGong | null, rng: Rng): string {
  const jitter = (v: Micro): Micro => Math.round((v * (0.85 + rng.next() * 0.3)) / 100) * 100;
  const prev: SanGong = previous ?? splitUpkeep(jitter(current[0]), jitter(current[1]), jitter(current[2]), jitter(current[3]));
  const row = (y: number, s: SanGong): string[] => [String(y), cell(s[0] + s[1] + s[2] + s[3]), ...s.map(cell)];
  return table('预算11表 财政拨款（含一般公共预算和政府性基金预算）“三公”经费支出表', rows([
    ['年度', '“三公”经费财政拨款预算总额', '因公出国（境）费用', '公务接待费', '公务用车购置及运行维护费', '', '', '', '', ''],
    ['', '', '', '', '公务用车购置费', '公务用车运行维护费', '', '', '', ''],
    ['', '', '', '', '', '小计', '公务用车加油', '公务用车维修', '公务用车保险', '其他'],
    row(year - 1, prev),
    row(year, current),
  ]));
}

const CATALOG_RULES: readonly (readonly [RegExp, number])[] = [
  [/法律/, 4], [/调查|满意度/, 5], [/评估|评审|评价|测评/, 7], [/咨询|研究/, 8], [/运维|系统|平台/, 9],
  [/宣传|播报|栏目|推广/, 3], [/档案/, 11], [/物业|后勤/, 10], [/监督|督办/, 6], [/活动/, 0], [/信息/, 1],
];

/** Service purchases: the service-like projects, each with a 指导性目录 entry chosen from its name. */
export function servicesTable(b: DocBudget, fill: (s: string) => string): string {
  const service: Project[] = b.projects.filter((p: Project): boolean => !p.carry && p.lines.some((l: Line): boolean => ['30227', '30203', '30226'].includes(l.econ)));
  const body: string[][] = service.map((p: Project): string[] => {
    const rule = CATALOG_RULES.find(([re]): boolean => re.test(p.spec.name));
    const [t1, t2, t3] = SERVICE_CATALOG[rule ? rule[1] : p.spec.name.length % SERVICE_CATALOG.length] ?? ['', '', ''];
    return [fill(p.spec.name), t1, t2, t3, '', fmt(p.total)];
  });
  const total: Micro = sum(service.map((p: Project): Micro => p.total));
  return table('预算12表 政府购买服务预算财政拨款明细表', rows([
    ['项目名称', '指导性目录', '', '', '服务领域', '预算金额'], ['', '一级', '二级', '三级', '', ''],
    ['合 计', '', '', '', '', cell(total)], ...body,
  ]));
}

const PERF_HEAD: readonly (readonly string[])[] = [
  ['单位名称', '项目名称', '项目类别', '项目负责人', '项目负责人电话', '项目总额', '其中：', '', '绩效目标', '一级指标', '二级指标', '三级指标', '绩效指标性质', '本年绩效指标值', '绩效度量单位', '指标方向性'],
  ['', '', '', '', '', '', '财政资金', '其他资金', '', '', '', '', '', '', '', ''],
];

function indicatorCells(i: Indicator, shapeA: boolean): string[] {
  const direction: string = i.op === '定性' ? (shapeA ? '正向指标' : '') : i.op === '≤' ? '反向指标' : '正向指标';
  return [i.l1, i.l2, i.l3, i.op, i.value, i.unit, direction];
}

/**
 * 项目支出绩效表. Shape A (000) drops the empty 其他资金 cell so the goal sits in column 7 and indicator
 * rows start after 8 tabs with a trailing tab; shape B (002) keeps it (goal in column 8, 9 tabs).
 */
export function perfTable(b: DocBudget, t: Totals, fill: (s: string) => string, rng: Rng): string {
  const shapeA: boolean = b.dept.perfShape === 'A';
  const lead: number = shapeA ? 8 : 9;
  const out: string[] = [rows([...PERF_HEAD, ['合计', '', '', '', '', fmt(t.project), fmt(t.project), ...Array<string>(9).fill('')]])];
  let onPage: number = 0;
  let pageSize: number = rng.int(1, 3);
  for (const p of b.projects) {
    if (onPage === pageSize) {
      out.push(`\n${rows(PERF_HEAD)}`);
      onPage = 0;
      pageSize = rng.int(1, 3);
    }
    const cost: Indicator = { l1: '成本指标', l2: '经济成本指标', l3: rng.pick(['预算控制数', '项目预算控制数', '成本控制在预算内']), op: '≤', value: plain(p.total), unit: '万元' };
    const [first, ...rest] = [...p.spec.indicators, cost].map((i: Indicator): string[] => [...indicatorCells(i, shapeA), ...(shapeA ? [''] : [])]);
    const s = p.spec;
    const project: string[] = [onPage === 0 ? `${b.dept.code}-${b.dept.name}` : '', `${s.code}-${fill(s.name)}`, s.running ? '22-其他运转类' : '31-部门项目',
      s.person.name, s.person.phone, fmt(p.total), fmt(p.total), ...(shapeA ? [] : ['']), fill(s.goal)];
    out.push(rows([[...project, ...(first ?? [])], ...rest.map((r: string[]): string[] => [...Array<string>(lead).fill(''), ...r])]));
    onPage++;
  }
  return table('预算表13 年度项目支出绩效表', out.join('\n'));
}
