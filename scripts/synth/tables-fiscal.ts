import type { DocBudget, Line } from './budget.js';
import { asciiParens, DEPT_ECON, FUNC_NAMES, GOV_ECON, isPersonnel } from './codes.js';
import { cell, fmt, sum, type Micro } from './money.js';
import { aggregate, label, rows, table, type Agg, type Totals } from './tables.js';

/** 07 and 08 cover this year's appropriation only, so the carry-funded project is left out (as in 000). */
export function generalBudget(b: DocBudget): string {
  const head: string[][] = [
    ['单位名称', '功能分类科目', '', '本年预算数', '', '', '', '', ''],
    ['', '科目编码', '科目名称', '合计', '基本支出', '', '项目支出', '', ''],
    ['', '', '', '', '小计', '人员经费', '公用经费', '项目支出总数', '扣除基建项目后预算数'],
  ];
  const byFunc: Map<string, [Micro, Micro, Micro]> = new Map();
  const add = (func: string, i: 0 | 1 | 2, v: Micro): void => {
    const a: [Micro, Micro, Micro] = byFunc.get(func) ?? [0, 0, 0];
    a[i] += v;
    byFunc.set(func, a);
  };
  for (const l of b.basic) add(l.func, isPersonnel(l.gov) ? 0 : 1, l.amount);
  for (const p of b.projects) if (!p.carry) for (const l of p.lines) add(l.func, 2, l.amount);
  const unit: string = `${b.dept.code}-${b.dept.name}`;
  const sums: [Micro, Micro, Micro] = [0, 0, 0];
  const body: string[][] = [...byFunc.keys()].sort().map((func: string): string[] => {
    const [pers, pub, proj] = byFunc.get(func) ?? [0, 0, 0];
    sums[0] += pers; sums[1] += pub; sums[2] += proj;
    return [unit, func, FUNC_NAMES[func] ?? '其他', fmt(pers + pub + proj), cell(pers + pub), cell(pers), cell(pub), cell(proj), cell(proj)];
  });
  const [pers, pub, proj] = sums;
  body.push(['', '', '合 计', fmt(pers + pub + proj), cell(pers + pub), cell(pers), cell(pub), cell(proj), cell(proj)]);
  return table('预算07表 一般公共预算财政拨款支出表', rows([...head, ...body]));
}

export function basicTable(b: DocBudget, t: Totals): string {
  const head: string[][] = [['政府支出经济分类科目', '部门支出经济分类科目', '本年预算数', '', ''], ['', '', '合计', '人员经费', '公用经费']];
  const aggs: Agg[] = aggregate(b.basic.map((l: Line): [string, Micro, boolean] => [`${l.gov}|${l.econ}`, l.amount, !isPersonnel(l.gov)]));
  const body: string[][] = aggs.map((a: Agg): string[] => {
    const [gov = '', econ = ''] = a.key.split('|');
    return [asciiParens(label(gov, GOV_ECON)), asciiParens(label(econ, DEPT_ECON)), fmt(a.basic + a.project), cell(a.basic), cell(a.project)];
  });
  const pers: Micro = sum(aggs.map((a: Agg): Micro => a.basic));
  body.push(['', '合 计', fmt(t.basic), cell(pers), cell(t.basic - pers)]);
  return table('预算08表 一般公共预算财政拨款基本支出表', rows([...head, ...body]));
}

/** 09/10: the seeds' units have no fund or state-capital money, so these print empty. */
export function emptyFundTables(): string {
  const empty = (title: string, column: string): string => table(title, rows([
    ['支出功能分类科目', '政府支出经济分类科目', '部门支出经济分类科目', column, '', ''],
    ['', '', '', '合计', '基本支出', '项目支出'],
    ['', '', '合 计', '', '', ''],
  ]));
  return empty('预算09表 政府性基金预算财政拨款支出表', '本年预算数')
    + empty('预算10表 国有资本经营预算财政拨款支出表', '本年国有资本经营预算支出');
}
