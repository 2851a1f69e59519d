import { Decimal, sum, type Money } from '../model/money.ts';
import type { Finding } from '../model/schema.ts';

export interface ComparedFigure {
  value: Money | null;
  line: number | null;
  label: string;
}

/**
 * A finding when two figures that should agree do not. Where the printed total is larger
 * than what the rows add up to, the difference is money the document does not itemise.
 */
export function compare(code: string, table: string, stated: ComparedFigure, computed: ComparedFigure, lines: readonly number[]): Finding | null {
  if (stated.value === null && (computed.value === null || computed.value.isZero())) return null;
  const s = stated.value ?? new Decimal(0);
  const c = computed.value ?? new Decimal(0);
  if (s.eq(c)) return null;
  const difference = s.minus(c);
  // 1,624.33 printed against rows that add up to 1,624.32724: the total was rounded to 2 places.
  const rounding = difference.abs().lte(new Decimal(10).pow(-s.decimalPlaces()).div(2));
  const message =
    `${table}：${stated.label}为 ${fmt(stated.value)} 万元，${computed.label}为 ${fmt(computed.value)} 万元，相差 ${difference.toFixed()} 万元` +
    (rounding ? '（在印刷位数的四舍五入范围内）。' : '。');
  return {
    code,
    table,
    message,
    stated: { ...stated },
    computed: { ...computed },
    difference,
    rounding,
    lines: [...new Set([stated.line, computed.line, ...lines].filter((l): l is number => l !== null))].sort((a, b) => a - b),
  };
}

const fmt = (m: Money | null) => (m === null ? '空' : m.toFixed());

/** Sums a column of rows; null when no row prints a figure there. */
export function columnSum<T>(rows: readonly T[], pick: (r: T) => Money | null): Money | null {
  const values = rows.map(pick).filter((v): v is Money => v !== null);
  return values.length ? sum(values) : null;
}
