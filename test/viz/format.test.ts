import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { groupDigits, wan } from '../../src/lib/viz/format.ts';

describe('groupDigits', () => {
  it.each([
    // Decimal strings as the models store them: grouped as they stand.
    ['0', '0'],
    ['0.5', '0.5'],
    ['150', '150'],
    ['1000', '1,000'],
    ['20627.9459', '20,627.9459'],
    ['1000.0001', '1,000.0001'],
    ['-1234567.89', '-1,234,567.89'],
    ['12345678901234.5', '12,345,678,901,234.5'],
    // Other spellings go through Decimal: trailing zeros dropped, as the site prints amounts.
    ['1624.330', '1,624.33'],
    ['007', '7'],
    ['1e3', '1,000'],
  ])('%s → %s', (input, expected) => {
    expect(groupDigits(input)).toBe(expected);
    expect(groupDigits(new Decimal(input))).toBe(expected);
  });

  it('prints a dash for a blank amount', () => {
    expect([groupDigits(null), wan(null), wan(''), wan(undefined)]).toEqual(['—', '—', '—', '—']);
  });
});
