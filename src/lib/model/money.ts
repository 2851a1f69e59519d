import Decimal from 'decimal.js';

/** Budget figures never pass through a float: every amount is a Decimal in 万元. */
export type Money = Decimal;
export type AmountUnit = '万元' | '元';

// Enough precision that 元 → 万元 and long sums stay exact.
// toExpNeg/toExpPos: toString() and toJSON() never switch to exponent notation.
Decimal.set({ precision: 60, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -60, toExpPos: 60 });

const GROUPED = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^-?\d+(\.\d+)?$/;
const EMPTY_MARKS = new Set(['', '-', '—', '–', '－', '/']);

export type AmountCell = { kind: 'empty' } | { kind: 'amount'; value: Money } | { kind: 'text'; text: string };
const EMPTY_CELL: AmountCell = Object.freeze({ kind: 'empty' });

/** Reads one cell as printed: separators, full-width digits and stray spaces are noise. */
export function readAmount(cell: string, unit: AmountUnit = '万元'): AmountCell {
  // Fast paths: blank cells are common, most amounts are printed plain ("12.500000") and
  // most other cells hold words.
  if (cell === '') return EMPTY_CELL;
  if (isPlainNumber(cell)) return amountOf(cell, unit);
  if (hasWordCharacter(cell)) return { kind: 'text', text: cell };
  let s = toAsciiDigits(cell);
  if (/[\s，−－]/.test(s)) s = s.replace(/[\s，]/g, (c) => (c === '，' ? ',' : '')).replace(/^[−－]/, '-');
  if (EMPTY_MARKS.has(s)) return { kind: 'empty' };
  if (!GROUPED.test(s) && !PLAIN.test(s)) return { kind: 'text', text: cell };
  return amountOf(s.replace(/,/g, ''), unit);
}

function amountOf(digits: string, unit: AmountUnit): AmountCell {
  const value = new Decimal(digits);
  return { kind: 'amount', value: unit === '元' ? value.div(10000) : value };
}

/** The same test as readAmount's, without building a Decimal: for recognising rows. */
export function isAmount(cell: string): boolean {
  if (cell === '') return false;
  if (isPlainNumber(cell)) return true;
  if (hasWordCharacter(cell)) return false;
  let s = toAsciiDigits(cell);
  if (/[\s，−－]/.test(s)) s = s.replace(/[\s，]/g, (c) => (c === '，' ? ',' : '')).replace(/^[−－]/, '-');
  return GROUPED.test(s) || PLAIN.test(s);
}

/** PLAIN without a regex: "-"? ASCII digits, then "." and digits or nothing. */
function isPlainNumber(s: string): boolean {
  let i = s.charCodeAt(0) === 45 ? 1 : 0; // "-"
  const intStart = i;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  if (i === intStart) return false;
  if (i === s.length) return true;
  if (s.charCodeAt(i) !== 46) return false; // "."
  const fracStart = ++i;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  return i > fracStart && i === s.length;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * A Latin letter or CJK ideograph survives every clean-up readAmount does, and no amount or
 * empty mark contains one: such a cell is text.
 */
function hasWordCharacter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || ((c | 0x20) >= 97 && (c | 0x20) <= 122)) return true;
  }
  return false;
}

export function toAsciiDigits(s: string): string {
  if (!/[０-９．]/.test(s)) return s;
  return s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

export function sum(values: readonly (Money | null | undefined)[]): Money {
  return values.reduce<Money>((acc, v) => (v ? acc.plus(v) : acc), new Decimal(0));
}

export function money(s: string | number): Money {
  return new Decimal(s);
}

/** A stored amount (a decimal string, or already a Decimal) as Money; null for an empty cell. */
export function moneyOrNull(a: Money | string | null | undefined): Money | null {
  return a === null || a === undefined || a === '' ? null : Decimal.isDecimal(a) ? a : new Decimal(a);
}

export { Decimal };
