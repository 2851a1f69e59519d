/**
 * Project codes are printed with varying zero padding and broken by spaces or hyphens:
 * "11000022T00000391740", "11000022T0000 00391740", "11000022T00-0000438790". The canonical
 * form is the 8-digit prefix + the letter + the serial as 12 zero-padded digits.
 */
const START = /^(\d{8})\s*([A-Za-z])\s*(?=\d)/;
const SERIAL_DIGITS = 12;

export interface SplitCode {
  code: string;
  printed: string;
  /** What follows the code in the same cell: usually "-项目名称". */
  rest: string;
  /** Serial digits as printed, leading zeros included: fewer than 11 means the code is cut off. */
  serialDigits: number;
}

/** Printed serials have 11 to 13 digits; fewer is a code cut off by a page break or a TAB. */
export const MIN_SERIAL_DIGITS = 11;

export function splitProjectCode(cell: string): SplitCode | null {
  const start = START.exec(cell);
  if (!start) return null;
  let p = start[0].length;
  let digits = '';
  for (;;) {
    const group = /^\d+/.exec(cell.slice(p))?.[0];
    // Past 12 digits the next group belongs to the name ("…438794- 12345社情民意播报").
    if (!group || (digits && digits.length + group.length > SERIAL_DIGITS)) break;
    digits += group;
    p += group.length;
    if (!/^[ -]\d/.test(cell.slice(p))) break;
    p += 1;
  }
  const serial = digits.replace(/^0+/, '').padStart(SERIAL_DIGITS, '0');
  const printed = cell.slice(0, p).replace(/[\s-]+$/, '');
  return { code: `${start[1]}${start[2]!.toUpperCase()}${serial}`, printed, rest: cell.slice(p).replace(/^\s*-?\s*/, ''), serialDigits: digits.length };
}

export const PROJECT_CODE_START = /^\d{8}\s*[A-Za-z]\s*\d/;
