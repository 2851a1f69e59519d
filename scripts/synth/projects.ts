import type { Department, Person } from './department.js';
import type { Micro } from './money.js';
import type { Rng } from './rng.js';
import { vocab, type Indicator } from './vocab.js';

/** A project as it persists across a department's years (the code never changes). */
export interface ProjectSpec {
  readonly name: string;
  readonly running: boolean;
  /** Assigned when the project first appears, so the year digits are never in the future. */
  code: string;
  readonly person: Person;
  readonly goal: string;
  readonly indicators: readonly Indicator[];
  readonly func: string;
  /** [government economic class, department economic class, share in per mille]. */
  readonly econ: readonly (readonly [string, string, number])[];
  readonly base: Micro;
}

const TOPICS: readonly string[] = [
  '网格化信息系统', '接诉即办', '政务服务事项', '城市部件', '公共安全视频监控', '市民热线', '数据共享交换平台',
  '档案数字化', '城市管理热线', '一体化政务服务平台', '政务云', '城管通系统', '社区数据汇聚共享服务平台', '政务服务大厅',
];
const SUFFIXES: readonly string[] = [
  '运维项目', '升级改造项目', '服务费', '满意度调查项目', '安全保障运维项目', '专项工作经费', '技术运维服务项目',
  '运营服务项目', '第三方评估服务', '宣传推广服务', '建设项目', '等级保护测评', '坐席辅助项目',
];

/** Economic classes by keywords in the project name, as the seeds book them. */
const ECON_RULES: readonly (readonly [RegExp, string, string])[] = [
  [/出国/, '50207', '3021202'], [/公务用车购置/, '50303', '31013'], [/(信息|软件|系统).*(购置|采购)/, '50306', '31007'],
  [/购置|采购/, '50306', '31002'], [/租赁|租用/, '50201', '30214'], [/运维|维护|维修|运行维护/, '50209', '30213'],
  [/电话费|通信费|短信费|套餐/, '50201', '30207'], [/办公用品/, '50201', '30201'], [/咨询|法律|评审|研究/, '50205', '30203'],
  [/劳务|外包|派遣|编外/, '50205', '30226'], [/接待|后勤/, '50206', '30217'], [/培训/, '50203', '30216'],
];
const FALLBACK: readonly (readonly [string, string])[] = [
  ['50205', '30227'], ['50205', '30227'], ['50299', '30299'], ['50209', '30213'], ['50205', '30226'],
];

/** 事业 units book goods/services under 50502 and capital under 50601 instead of 502xx/503xx. */
export function govFor(dept: Department, gov: string): string {
  if (dept.admin) return gov;
  if (gov.startsWith('501')) return '50501';
  if (gov.startsWith('502')) return '50502';
  if (gov.startsWith('503')) return '50601';
  return gov;
}

function econFor(name: string, dept: Department, rng: Rng): [string, string, number][] {
  const rule = ECON_RULES.find(([re]): boolean => re.test(name));
  const [gov, econ] = rule ? [rule[1], rule[2]] : rng.pick(FALLBACK);
  if (rule || !rng.chance(0.3)) return [[govFor(dept, gov), econ, 1000]];
  const [gov2, econ2] = rng.pick(FALLBACK.filter(([, e]): boolean => e !== econ));
  const share: number = rng.int(400, 850);
  return [[govFor(dept, gov), econ, share], [govFor(dept, gov2), econ2, 1000 - share]];
}

/**
 * Project amounts are log-uniform over a 200× range, scaled so that a department's projects add up to
 * roughly a third to a half of its budget, as in the seeds; half are round to 0.01 万元.
 */
function baseAmount(dept: Department, rng: Rng): Micro {
  const wan: number = (Math.exp(rng.next() * Math.log(200)) * 32 * dept.scale) / dept.projectBase;
  const micro: number = Math.round(wan * 1_000_000);
  return Math.max(10_000, rng.chance(0.5) ? Math.round(micro / 10_000) * 10_000 : micro);
}

let outputList: Indicator[] | undefined;
const outputs = (): Indicator[] => (outputList ??= vocab().indicators.filter((i: Indicator): boolean => i.l1 === '产出指标'));

/** Vocabulary texts are few and reused thousands of times, so their bigram sets are memoised. */
const bigramCache: Map<string, readonly number[]> = new Map();

/** Character pairs packed into numbers (hashing these is much cheaper than 2-char strings). */
function bigrams(text: string): readonly number[] {
  let out: readonly number[] | undefined = bigramCache.get(text);
  if (out === undefined) {
    const set: Set<number> = new Set();
    // The opening words carry the topic; scanning whole goals made generation twice as slow.
    for (let i = 0; i + 1 < Math.min(text.length, 48); i++) set.add(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1));
    out = [...set];
    bigramCache.set(text, out);
  }
  return out;
}

/** Of two dozen random candidates, the `k` texts sharing most character pairs with the name, so goals fit projects. */
function closest<T>(name: string, pool: readonly T[], text: (item: T) => string, k: number, rng: Rng): T[] {
  const keys: Set<number> = new Set(bigrams(name));
  const scored = Array.from({ length: 24 }, (): T => rng.pick(pool)).map((item: T): [T, number] => {
    let score: number = 0;
    for (const b of bigrams(text(item))) if (keys.has(b)) score++;
    return [item, score];
  });
  return scored.sort((a: [T, number], b: [T, number]): number => b[1] - a[1]).slice(0, k).map(([item]): T => item);
}

export function makeProject(dept: Department, rng: Rng, used: Set<string>): ProjectSpec {
  const v = vocab();
  let name: string = '';
  for (let attempt = 0; attempt < 20 && (name === '' || used.has(name)); attempt++) {
    name = rng.chance(0.55) ? rng.pick(v.names) : rng.pick(TOPICS) + rng.pick(SUFFIXES);
    if (dept.district && !/^(北京|首都|市)/.test(name) && rng.chance(0.3)) name = dept.district + name;
  }
  while (used.has(name)) name += '（续）';
  used.add(name);
  const l3 = (i: Indicator): string => i.l3;
  const indicators: Indicator[] = [
    ...closest(name, outputs(), l3, rng.int(1, 3), rng),
    ...closest(name, v.indicators, l3, rng.int(1, 3), rng),
  ];
  const running: boolean = rng.chance(0.25);
  return {
    name,
    running,
    code: '',
    person: rng.pick(dept.people),
    goal: closest(name, v.goals, (g: string): string => g, 1, rng)[0] ?? rng.pick(v.goals),
    indicators: [...new Set(indicators)],
    func: rng.chance(0.1) ? '2299999' : `${dept.funcPrefix}02`,
    econ: econFor(name, dept, rng),
    base: baseAmount(dept, rng),
  };
}

/** 8-digit prefix (region + two-digit year) + T/Y + 12-digit serial, as in 11000022T000000438794. */
export function projectCode(dept: Department, spec: ProjectSpec, year: number, serial: number): string {
  const yy: string = String(year % 100).padStart(2, '0');
  const serialText: string = String(300000 + dept.index * 1500 + serial).padStart(12, '0');
  return `${dept.region}${yy}${spec.running ? 'Y' : 'T'}${serialText}`;
}
