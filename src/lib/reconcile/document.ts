import { sum, type Money } from '../model/money.ts';
import type { BudgetDocument, Finding } from '../model/schema.ts';
import { summaryTotalLabel, type SummaryTotalKey } from '../model/summary-totals.ts';
import { columnSum, compare } from './compare.ts';

type Rows<T> = { line: number; rows: T[]; total: Money | null; totalLine: number | null };

/** Every check a single document allows: rows against their 合计, and table against table. */
export function reconcileDocument(doc: BudgetDocument): Finding[] {
  const out: (Finding | null)[] = [];
  const rowsVsTotal = <T extends { line: number }>(table: string, t: Rows<T> | null, column: string, pick: (r: T) => Money | null, stated: Money | null = t?.total ?? null) => {
    if (!t) return;
    out.push(compare('rows-vs-total', table, { value: stated, line: t.totalLine, label: `合计行「${column}」` }, { value: columnSum(t.rows, pick), line: null, label: `${t.rows.length} 行加总` }, t.rows.map((r) => r.line)));
  };

  for (const [name, s] of [['收支总表', doc.summary], ['财政拨款收支总表', doc.fiscalSummary]] as const) {
    if (!s) continue;
    const carryLine = s.lines.carryOver ?? Infinity;
    const income = s.income.filter((i) => i.line < carryLine);
    const carried = s.income.filter((i) => i.line > carryLine);
    const l = (k: SummaryTotalKey) => s.lines[k] ?? null;
    const total = (k: SummaryTotalKey) => ({ value: s[k], line: l(k), label: summaryTotalLabel(k) });
    out.push(compare('items-vs-total', name, total('incomeThisYear'), { value: columnSum(income, (i) => i.amount), line: null, label: '各收入项目加总' }, income.map((i) => i.line)));
    out.push(compare('items-vs-total', name, total('expenditureThisYear'), { value: columnSum(s.expenditure, (i) => i.amount), line: null, label: '各支出功能分类加总' }, s.expenditure.map((i) => i.line)));
    if (carried.some((i) => i.amount)) out.push(compare('items-vs-total', name, total('carryOver'), { value: columnSum(carried, (i) => i.amount), line: null, label: '上年结转各项加总' }, carried.map((i) => i.line)));
    out.push(compare('totals', name, total('incomeTotal'), { value: sum([s.incomeThisYear, s.carryOver]), line: l('incomeThisYear'), label: '本年收入合计加上年结转' }, []));
    out.push(compare('totals', name, total('expenditureTotal'), { value: sum([s.expenditureThisYear, s.carryForward]), line: l('expenditureThisYear'), label: '本年支出合计加年终结转结余' }, []));
    out.push(compare('totals', name, total('expenditureTotal'), total('incomeTotal'), []));
  }

  const e = doc.expenditure;
  rowsVsTotal('支出总表', e, '合计', (r) => r.total);
  rowsVsTotal('支出总表', e, '基本支出', (r) => r.basic, e?.basic);
  rowsVsTotal('支出总表', e, '项目支出', (r) => r.project, e?.project);
  const g = doc.generalExpenditure;
  rowsVsTotal('一般公共预算支出表', g, '合计', (r) => r.total);
  rowsVsTotal('一般公共预算支出表', g, '基本支出', (r) => r.basic, g?.columns['基本支出'] ?? null);
  rowsVsTotal('一般公共预算支出表', g, '项目支出', (r) => r.project, g?.columns['项目支出'] ?? null);
  rowsVsTotal('一般公共预算基本支出表', doc.generalBasic, '合计', (r) => r.total);
  rowsVsTotal('项目支出表', doc.projectExpenditure, '合计', (r) => r.total);
  rowsVsTotal('政府采购预算明细表', doc.procurement, '金额', (r) => r.amount);
  rowsVsTotal('政府购买服务明细表', doc.purchaseServices, '金额', (r) => r.amount);
  rowsVsTotal('政府性基金预算支出表', doc.govFund, '合计', (r) => r.total);
  rowsVsTotal('国有资本经营预算支出表', doc.stateCapital, '合计', (r) => r.total);

  for (const y of doc.sangong?.years ?? []) {
    out.push(compare('parts-vs-total', '“三公”经费支出表', { value: y.total, line: y.line, label: `${y.year ?? ''}年度“三公”经费合计` }, { value: sum([y.abroad, y.reception, y.vehicle]), line: y.line, label: '因公出国（境）、公务接待、公务用车三项加总' }, []));
  }

  const perf = doc.performance;
  const projectSum = doc.projects.length ? sum(doc.projects.map((p) => p.total)) : null;
  if (perf?.total) out.push(compare('rows-vs-total', '项目支出绩效目标表', { value: perf.total, line: perf.totalLine, label: '合计行「项目总额」' }, { value: projectSum, line: null, label: `${doc.projects.length} 个项目加总` }, []));

  // Each 项目总额 (or each of its sub-rows) against its 其中 columns: 财政资金 plus 其他资金.
  const rowsOf = (p: { line: number; total: Money | null; fiscal: Money | null; other: Money | null; subTotals?: { line: number; amount: Money | null; fiscal: Money | null; other: Money | null }[] }) =>
    p.subTotals?.length ? p.subTotals : [{ line: p.line, amount: p.total, fiscal: p.fiscal, other: p.other }];
  for (const p of [...doc.projects, ...(perf?.uncoded ?? [])]) {
    for (const s of rowsOf(p)) {
      if (!s.amount) continue;
      out.push(compare('parts-vs-total', '项目支出绩效目标表', { value: s.amount, line: s.line, label: `「${p.name}」的项目总额` }, { value: sum([s.fiscal, s.other]), line: s.line, label: '其中财政资金与其他资金加总' }, []));
    }
  }

  // Across tables.
  if (doc.summary && e) out.push(compare('table-vs-table', '收支总表 / 支出总表', { value: doc.summary.expenditureThisYear, line: doc.summary.lines.expenditureThisYear ?? null, label: `收支总表${summaryTotalLabel('expenditureThisYear')}` }, { value: e.total, line: e.totalLine, label: '支出总表合计' }, []));
  if (doc.summary && doc.income) out.push(compare('table-vs-table', '收支总表 / 收入总表', { value: doc.summary.incomeTotal, line: doc.summary.lines.incomeTotal ?? null, label: '收支总表收入总计' }, { value: doc.income.total, line: doc.income.totalLine, label: '收入总表合计' }, []));
  if (e && doc.projects.length) out.push(compare('table-vs-table', '支出总表 / 项目支出绩效目标表', { value: e.project, line: e.totalLine, label: '支出总表项目支出' }, { value: projectSum, line: perf?.line ?? null, label: `绩效目标表 ${doc.projects.length} 个项目加总` }, []));
  if (e && doc.projectExpenditure) out.push(compare('table-vs-table', '支出总表 / 项目支出表', { value: e.project, line: e.totalLine, label: '支出总表项目支出' }, { value: doc.projectExpenditure.total, line: doc.projectExpenditure.totalLine, label: '项目支出表合计' }, []));
  if (g && doc.generalBasic) out.push(compare('table-vs-table', '一般公共预算支出表 / 基本支出表', { value: g.columns['基本支出'] ?? null, line: g.totalLine, label: '一般公共预算支出表基本支出' }, { value: doc.generalBasic.total, line: doc.generalBasic.totalLine, label: '基本支出表合计' }, []));
  return out.filter((f): f is Finding => f !== null);
}
