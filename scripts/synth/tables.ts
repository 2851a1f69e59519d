import type { DocBudget, Line, Project } from './budget.js';
import { asciiParens, CLASSES_01, CLASSES_06, cnNum, DEPT_ECON, FUNC_NAMES, GOV_ECON, INCOME_01 } from './codes.js';
import { cell, fmt, sum, type Micro } from './money.js';

/** Tab-joined rows; building from arrays keeps the column count of every row visible. */
export function rows(cells: readonly (readonly string[])[]): string {
  return cells.map((r: readonly string[]): string => r.join('\t')).join('\n');
}

/** Title, blank, 金额单位, blank, body, blank: the frame every seed table has. */
export function table(title: string, body: string): string {
  return `${title}\n\n金额单位：万元\n\n${body}\n\n`;
}

/** Totals shared by several tables, computed once per document. */
export interface Totals {
  readonly all: readonly Line[];
  readonly total: Micro;
  readonly basic: Micro;
  readonly project: Micro;
  /** 上年结转结余 spent this year (the carry-funded project). */
  readonly carry: Micro;
  readonly byClass: ReadonlyMap<string, Micro>;
}

export function totals(b: DocBudget): Totals {
  const projectLines: Line[] = b.projects.flatMap((p: Project): Line[] => [...p.lines]);
  const all: Line[] = [...b.basic, ...projectLines];
  const byClass: Map<string, Micro> = new Map();
  for (const l of all) byClass.set(l.func.slice(0, 3), (byClass.get(l.func.slice(0, 3)) ?? 0) + l.amount);
  const basic: Micro = sum(b.basic.map((l: Line): Micro => l.amount));
  const project: Micro = sum(b.projects.map((p: Project): Micro => p.total));
  const carry: Micro = sum(b.projects.filter((p: Project): boolean => p.carry).map((p: Project): Micro => p.total));
  return { all, total: basic + project, basic, project, carry, byClass };
}

export const label = (code: string, names: Readonly<Record<string, string>>): string => `${code}-${names[code] ?? '其他'}`;

export function incomeExpenditure(t: Totals): string {
  const body: string[][] = [['收 入', '', '支 出', ''], ['项 目', '预算数', '项 目', '预算数']];
  CLASSES_01.forEach(([code, name], i: number): void => {
    const income: string[] = i < INCOME_01.length ? [`${cnNum(i + 1)}、${INCOME_01[i]}`, i === 0 ? fmt(t.total - t.carry) : ''] : ['', ''];
    body.push([...income, `${cnNum(i + 1)}、${name}`, cell(t.byClass.get(code) ?? 0)]);
  });
  body.push(['本年收入合计', fmt(t.total - t.carry), '本年支出合计', fmt(t.total)]);
  body.push(['上年结转结余', cell(t.carry), '年终结转结余', '']);
  body.push(['收入总计', fmt(t.total), '支出总计', fmt(t.total)]);
  return table('预算01表 收支总表', rows(body));
}

export function income(b: DocBudget, t: Totals): string {
  const head: string[][] = [
    ['部门（单位）代码', '部门（单位）名称', '合计', '本年收入', ...Array<string>(9).fill(''), '上年结转结余', ...Array<string>(5).fill('')],
    ['', '', '', '小计', '一般公共预算资金', '政府性基金预算资金', '国有资本经营预算资金', '财政专户管理资金', '事业收入', '事业单位经营收入', '上级补助收入', '附属单位上缴收入', '其他收入', '小计', '一般公共预算资金', '政府性基金预算资金', '国有资本经营预算资金', '财政专户管理资金', '单位资金'],
  ];
  const current: string = fmt(t.total - t.carry);
  const amounts: string[] = [fmt(t.total), current, current, ...Array<string>(8).fill(''), cell(t.carry), cell(t.carry), '', '', '', ''];
  const body: string[][] = [[b.dept.parentCode, b.dept.parentName, ...amounts], [b.dept.code, b.dept.name, ...amounts], ['', '合 计', ...amounts]];
  return table('预算02表 收入总表', rows([...head, ...body]));
}

export interface Agg {
  key: string;
  basic: Micro;
  project: Micro;
}

export function aggregate(entries: readonly (readonly [string, Micro, boolean])[]): Agg[] {
  const map: Map<string, Agg> = new Map();
  for (const [key, amount, isProject] of entries) {
    const a: Agg = map.get(key) ?? { key, basic: 0, project: 0 };
    if (isProject) a.project += amount;
    else a.basic += amount;
    map.set(key, a);
  }
  return [...map.values()].sort((x: Agg, y: Agg): number => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

/** 支出总表: one row per function × government class × department class; headers repeat per page. */
export function expenditure(b: DocBudget, t: Totals): string {
  const head: string[][] = [
    ['支出功能分类科目', '政府支出经济分类科目', '部门支出经济分类科目', '合计', '基本支出', '项目支出', '其中', '', ''],
    ['', '', '', '', '', '', '事业单位经营支出', '上缴上级支出', '对附属单位补助支出'],
  ];
  const entries: [string, Micro, boolean][] = [
    ...b.basic.map((l: Line): [string, Micro, boolean] => [`${l.func}|${l.gov}|${l.econ}`, l.amount, false]),
    ...b.projects.flatMap((p: Project): [string, Micro, boolean][] => p.lines.map((l: Line): [string, Micro, boolean] => [`${l.func}|${l.gov}|${l.econ}`, l.amount, true])),
  ];
  const parts: string[] = [rows(head)];
  aggregate(entries).forEach((a: Agg, i: number): void => {
    if (i > 0 && i % 40 === 0) parts.push(`\n${rows(head)}`);
    const [func = '', gov = '', econ = ''] = a.key.split('|');
    parts.push(rows([[label(func, FUNC_NAMES), asciiParens(label(gov, GOV_ECON)), asciiParens(label(econ, DEPT_ECON)), fmt(a.basic + a.project), cell(a.basic), cell(a.project), '', '', '']]));
  });
  parts.push(rows([['合 计', '', '', fmt(t.total), cell(t.basic), cell(t.project), '', '', '']]));
  return table('预算03表 支出预算总表', parts.join('\n'));
}

export function projectTable(b: DocBudget, t: Totals, fill: (s: string) => string): string {
  const head: string[][] = [
    ['项目单位', '类型', '项目名称', '支出功能分类科目', '政府支出经济分类科目', '部门支出经济分类科目', '合计', '本年拨款', '', '', '财政拨款结转结余', '', '', '财政专户管理资金', '单位资金'],
    ['', '', '', '', '', '', '', '一般公共预算', '政府性基金预算', '国有资本经营预算', '一般公共预算', '政府性基金预算', '国有资本经营预算', '', ''],
  ];
  const unit: string = `${b.dept.code}-${b.dept.name}`;
  const body: string[][] = b.projects.flatMap((p: Project): string[][] => p.lines.map((l: Line): string[] => [
    unit, '21-行政类', fill(p.spec.name), label(l.func, FUNC_NAMES), label(l.gov, GOV_ECON), label(l.econ, DEPT_ECON), fmt(l.amount),
    p.carry ? '' : fmt(l.amount), '', '', p.carry ? fmt(l.amount) : '', '', '', '', '',
  ]));
  body.push(['合 计', '', '', '', '', '', fmt(t.project), cell(t.project - t.carry), '', '', cell(t.carry), '', '', '', '']);
  return table('预算04表 项目支出表', rows([...head, ...body]));
}

export function procurement(t: Totals, projectLines: readonly Line[]): string {
  const goods: Micro = sum(t.all.filter((l: Line): boolean => l.econ.startsWith('310')).map((l: Line): Micro => l.amount));
  const services: Micro = sum(projectLines.filter((l: Line): boolean => ['30227', '30213', '30214', '30203'].includes(l.econ)).map((l: Line): Micro => l.amount));
  const body: string[][] = [['采购类别', '金额']];
  if (goods > 0) body.push(['A-货物', fmt(goods)]);
  if (services > 0) body.push(['C-服务', fmt(services)]);
  body.push(['合 计', cell(goods + services)]);
  return table('预算05表 政府采购预算明细表', rows(body));
}

export function fiscalIncomeExpenditure(t: Totals): string {
  const current: Micro = t.total - t.carry;
  const income: string[][] = [['（一）一般公共预算资金', fmt(current)], ['（二）政府性基金预算资金', ''], ['（三）国有资本经营预算资金', '']];
  const body: string[][] = [['收 入', '', '支 出', ''], ['项 目', '预算数', '项 目', '预算数'], ['一、本年收入', fmt(current), '一、本年支出', fmt(t.total)]];
  CLASSES_06.forEach(([code, name], i: number): void => {
    body.push([...(income[i] ?? ['', '']), `（${cnNum(i + 1)}）${name}`, cell(t.byClass.get(code) ?? 0)]);
  });
  body.push(['二、上年结转', cell(t.carry), '二、年终结转结余', ''], ['（一）一般公共预算拨款', cell(t.carry), '', '']);
  body.push(['（二）政府性基金预算拨款', '', '', ''], ['（三）国有资本经营预算拨款', '', '', ''], ['收入总计', fmt(t.total), '支出总计', fmt(t.total)]);
  return table('预算06表 财政拨款收支预算总表', rows(body));
}
