import { moneyOrNull as dec, type Decimal } from '../model/money.ts';

type Amount = Decimal | string | null | undefined;

// A decimal string as the models store it (Decimal's own toFixed form): grouped as it stands,
// without building a Decimal. Pages format hundreds of thousands of amounts.
const CANONICAL = /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/;

/** 20627.9459 → "20,627.9459": every printed digit kept, thousands grouped. */
export function groupDigits(a: Amount): string {
  if (typeof a === 'string' && CANONICAL.test(a)) {
    const dot = a.indexOf('.');
    return (dot < 0 ? a : a.slice(0, dot)).replace(/\B(?=(\d{3})+$)/g, ',') + (dot < 0 ? '' : a.slice(dot));
  }
  const d = dec(a);
  if (!d) return '—';
  const [int, frac] = d.abs().toFixed().split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${d.isNeg() ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}

/** Exact amount in 万元, as the document prints it. */
export function wan(a: Amount): string {
  return a === null || a === undefined || a === '' ? '—' : `${groupDigits(a)} 万元`;
}

/** A reading aid for large totals: 101,605.17 万元 ≈ 10.16 亿元. Never used in sums. */
export function yiApprox(a: Amount): string | null {
  const d = dec(a);
  if (!d || d.abs().lt(10000)) return null;
  return `约 ${d.div(10000).toDecimalPlaces(2).toFixed(2)} 亿元`;
}

/**
 * An amount at reading precision, with its unit: 10.16 亿元 (from 1 亿元), 6,725 万元 (from 100
 * 万元), 12.53 万元, 0.42 万元. For prose and charts; the exact printed figure is always given beside
 * it (a title, a table, the source line). Never used in sums.
 */
export function readable(a: Amount): string {
  const d = dec(a);
  if (!d) return '—';
  const abs = d.abs();
  // Grouped as fixed: the trailing zeros of 3.60 亿元 are kept, unlike groupDigits.
  const fixed = (v: Decimal, places: number) => v.toFixed(places).replace(/^(-?\d+)/, (int) => int.replace(/\B(?=(\d{3})+$)/g, ','));
  if (abs.gte(9999.995)) return `${fixed(d.div(10000), 2)} 亿元`;
  if (abs.gte(99.5)) return `${fixed(d, 0)} 万元`;
  if (abs.gte(1) || abs.isZero()) return `${fixed(d, 2)} 万元`;
  return `${groupDigits(d.toSignificantDigits(2))} 万元`;
}

/** Year-over-year change in percent, one decimal. */
export function percentChange(from: Amount, to: Amount): string | null {
  const a = dec(from);
  const b = dec(to);
  if (!a || !b || a.isZero()) return null;
  const p = b.minus(a).div(a).times(100).toDecimalPlaces(1);
  return `${p.isPos() && !p.isZero() ? '+' : ''}${p.toFixed(1)}%`;
}

/** Share of a whole in percent, one decimal; a share that rounds to 0.0 but is not zero reads "<0.1%". */
export function share(part: Amount, whole: Amount): string | null {
  const a = dec(part);
  const b = dec(whole);
  if (!a || !b || b.isZero()) return null;
  const p = a.div(b).times(100).toDecimalPlaces(1);
  return p.isZero() && !a.isZero() ? '<0.1%' : `${p.toFixed(1)}%`;
}

/** "2026年 1,234.56 万元；2025年 …", leaving out a consolidated unit's copy of the same money. */
export function amountsByYear(occurrences: readonly { year: number; consolidated: boolean; project: { total: string | null } }[]): string {
  return occurrences
    .filter((o) => !o.consolidated)
    .map((o) => `${o.year}年 ${wan(o.project.total)}`)
    .join('；');
}
