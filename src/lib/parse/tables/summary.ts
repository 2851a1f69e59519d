import { readAmount, type Money } from '../../model/money.ts';
import { SUMMARY_TOTALS, type SummaryTotalKey } from '../../model/summary-totals.ts';
import { isBlank, isFurniture, labelKey, type Row } from '../normalize.ts';
import type { TableContext } from './context.ts';

const HEADER = /^(收入|支出|项目|预算数)$/;

interface Item {
  label: string;
  amount: Money | null;
  line: number;
}

type Totals = Record<SummaryTotalKey, Money | null>;

/**
 * Two side-by-side columns of (label, amount) pairs: income on the left, expenditure on the
 * right. A row that lost its leading empty cells is placed by what its label says.
 */
export function parseSummary(ctx: TableContext) {
  const totals: Totals = { incomeTotal: null, expenditureTotal: null, incomeThisYear: null, expenditureThisYear: null, carryOver: null, carryForward: null };
  const lines: Record<string, number> = {};
  const income: Item[] = [];
  const expenditure: Item[] = [];
  // Where the expenditure side starts: under the header's 支出, wherever the frame puts it.
  let split = 2;
  for (const row of ctx.body) {
    if (isBlank(row) || isFurniture(row)) continue;
    if (row.cells.every((c) => c === '' || HEADER.test(labelKey(c)))) {
      const at = row.cells.findIndex((c) => labelKey(c) === '支出');
      if (at > 0) split = at;
      continue;
    }
    const pairs = pairsOf(ctx, row, split);
    if (pairs === null) {
      ctx.unplace(row, 'expected (label, amount) pairs of a 收支总表');
      continue;
    }
    for (const p of pairs) {
      const key = labelKey(p.label).replace(/^([一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))/, '');
      const side = p.side ?? (/支出|结余$|预备费/.test(key) ? 'expenditure' : 'income');
      let total: SummaryTotalKey | undefined = SUMMARY_TOTALS.find((t) => t.printed.test(key))?.key;
      // 001 prints "上年结转结余" on the expenditure side where 年终结转结余 belongs.
      if (total === 'carryOver' && side === 'expenditure') total = 'carryForward';
      if (total === 'carryOver' && totals.carryOver !== null) total = undefined;
      if (total && totals[total] === null && !(total in lines)) {
        totals[total] = p.amount;
        lines[total] = row.line;
        continue;
      }
      (side === 'income' ? income : expenditure).push({ label: p.label, amount: p.amount, line: row.line });
    }
  }
  return { line: ctx.section.line, ...totals, income, expenditure, lines };
}

function pairsOf(ctx: TableContext, row: Row, split: number): { label: string; amount: Money | null; side: 'income' | 'expenditure' | null }[] | null {
  const cells = row.cells;
  const pairs: { label: string; amount: Money | null; side: 'income' | 'expenditure' | null }[] = [];
  const positional = cells.length >= 4;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]!;
    if (c === '') continue;
    if (readAmount(c).kind !== 'text') return null;
    const side = positional ? (i < split ? 'income' : 'expenditure') : null;
    // The next cell is read once. Text there starts the next pair (this label has no amount);
    // anything else is this label's amount or empty, which ctx.amount would never report.
    const next = i + 1 < cells.length ? readAmount(cells[i + 1]!, ctx.unit) : null;
    if (next?.kind === 'text') {
      pairs.push({ label: c, amount: null, side });
      continue;
    }
    pairs.push({ label: c, amount: next?.kind === 'amount' ? next.value : null, side });
    i++;
  }
  return pairs.length ? pairs : null;
}
