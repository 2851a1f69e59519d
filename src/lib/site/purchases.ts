import { moneyOrNull, sum } from '../model/money.ts';

interface PurchaseRow {
  labels: string[];
  amount: string | null;
  line: number;
}

export interface PurchaseGroup {
  /** The catalogue path the rows share, as printed (一级 › 二级 › 三级). */
  labels: string[];
  /** The rows printed under it, in document order. */
  rows: PurchaseRow[];
  /** Exact sum of the rows' amounts in 万元 (a decimal string). */
  total: string;
}

/**
 * 政府购买服务 rows grouped by their catalogue path: a document prints one row per contract, and
 * 62 rows of the same few paths are read better as one line per path with its count and sum
 * (the rows themselves stay one click away). Largest sum first.
 */
export function groupPurchases(rows: readonly PurchaseRow[]): PurchaseGroup[] {
  const groups = new Map<string, PurchaseRow[]>();
  for (const r of rows) {
    const key = r.labels.join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()]
    .map((members) => ({ labels: members[0]!.labels, rows: members, sum: sum(members.map((r) => moneyOrNull(r.amount))) }))
    .sort((a, b) => b.sum.comparedTo(a.sum) || a.rows[0]!.line - b.rows[0]!.line)
    .map(({ sum, ...g }) => ({ ...g, total: sum.toFixed() }));
}
