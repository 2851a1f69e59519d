/**
 * The six totals of a 收支总表 (and 财政拨款收支总表), in the order the table prints them: the key
 * the model stores each under, the label pages and CSVs print, its side, and the wordings
 * documents use for it (recognised wherever the row sits). One list, so a label cannot drift
 * between the parser, the page, the CSV and the findings.
 */
export const SUMMARY_TOTALS = [
  { key: 'incomeThisYear', label: '本年收入合计', side: '收入', printed: /^本年收入(合计)?$/ },
  { key: 'carryOver', label: '上年结转结余', side: '收入', printed: /^上年结转(结余)?$/ },
  { key: 'incomeTotal', label: '收入总计', side: '收入', printed: /^收入总计$/ },
  { key: 'expenditureThisYear', label: '本年支出合计', side: '支出', printed: /^本年支出(合计)?$/ },
  { key: 'carryForward', label: '年终结转结余', side: '支出', printed: /^年终结转结余$/ },
  { key: 'expenditureTotal', label: '支出总计', side: '支出', printed: /^支出总计$/ },
] as const;

export type SummaryTotalKey = (typeof SUMMARY_TOTALS)[number]['key'];

const LABELS = new Map<SummaryTotalKey, string>(SUMMARY_TOTALS.map((t) => [t.key, t.label]));

/** The label of a 收支总表 total as pages, CSVs and findings print it. */
export function summaryTotalLabel(key: SummaryTotalKey): string {
  return LABELS.get(key)!;
}
