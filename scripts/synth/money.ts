/**
 * Amounts are integers in millionths of 万元 (the seeds print 6 decimals), so every 合计 is an exact
 * integer sum. Plain numbers are safe: 2^53 millionths is ~9 billion 万元, far above any budget here.
 */
export type Micro = number;

export const MICRO: number = 1_000_000;

export function sum(values: readonly Micro[]): Micro {
  let total: Micro = 0;
  for (const v of values) total += v;
  if (!Number.isSafeInteger(total)) throw new Error(`amount overflow: ${total}`);
  return total;
}

/** `20,477.945900`, as printed in the seed tables. */
export function fmt(v: Micro): string {
  if (!Number.isSafeInteger(v)) throw new Error(`not an integer amount: ${v}`);
  const neg: boolean = v < 0;
  const abs: number = Math.abs(v);
  const whole: string = Math.floor(abs / MICRO).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const frac: string = (abs % MICRO).toString().padStart(6, '0');
  return `${neg ? '-' : ''}${whole}.${frac}`;
}

/** Seed tables leave zero cells empty rather than printing 0.000000. */
export function cell(v: Micro): string {
  return v === 0 ? '' : fmt(v);
}

/** Indicator values are written without padding or separators (`37.3`, `146.250075`). */
export function plain(v: Micro): string {
  const whole: number = Math.floor(v / MICRO);
  const frac: string = (v % MICRO).toString().padStart(6, '0').replace(/0+$/, '');
  return frac === '' ? String(whole) : `${whole}.${frac}`;
}
