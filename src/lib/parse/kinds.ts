import { labelKey } from './normalize.ts';

/** The kinds of table a 部门预算 holds, recognised by words in the title, never by number. */
const TABLE_KINDS = [
  'transfer',
  'overallPerformance',
  'performance',
  'sangong',
  'purchaseServices',
  'procurement',
  'fiscalSummary',
  'govFund',
  'stateCapital',
  'generalBasic',
  'generalExpenditure',
  'projectExpenditure',
  'summary',
  'income',
  'expenditure',
] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

// Most specific first: "财政拨款收支总表" also contains "收支总表".
const RULES: [TableKind, RegExp][] = [
  ['transfer', /转移支付.*绩效目标/],
  ['overallPerformance', /整体支出绩效/],
  ['performance', /项目支出绩效|项目绩效目标|项目绩效表/],
  ['sangong', /三公/],
  ['purchaseServices', /政府购买服务/],
  ['procurement', /政府采购/],
  ['fiscalSummary', /财政拨款收支/],
  ['govFund', /政府性基金/],
  ['stateCapital', /国有资本经营/],
  ['generalBasic', /一般公共预算.*基本支出/],
  ['generalExpenditure', /一般公共预算.*支出/],
  ['projectExpenditure', /项目支出表/],
  ['summary', /收支总表/],
  ['income', /收入总表/],
  ['expenditure', /支出(预算)?总表/],
];

export function kindOfTitle(title: string): TableKind | null {
  const key = labelKey(title);
  for (const [kind, re] of RULES) if (re.test(key)) return kind;
  return null;
}
