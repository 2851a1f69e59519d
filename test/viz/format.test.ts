import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { groupDigits, readable, share, wan } from '../../src/lib/viz/format.ts';

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

describe('readable: an amount at reading precision, with its unit', () => {
  it.each([
    // content/gov-services-data-bureau/2026.txt:182 prints the 合计 101,605.173803 万元.
    ['101605.173803', '10.16 亿元'],
    ['36005.935292', '3.60 亿元'],
    ['9999.996', '1.00 亿元'],
    ['6725.006972', '6,725 万元'],
    ['99.5', '100 万元'],
    ['42.86', '42.86 万元'],
    ['12.5', '12.50 万元'],
    ['0.42', '0.42 万元'],
    ['0.00276', '0.0028 万元'],
    ['0', '0.00 万元'],
  ])('%s 万元 → %s', (input, expected) => {
    expect(readable(input)).toBe(expected);
  });

  it('prints a dash for a blank amount', () => {
    expect(readable(null)).toBe('—');
  });
});

describe('share', () => {
  it('gives one decimal, and "<0.1%" for a part too small to show but not zero', () => {
    expect(share('1', '3')).toBe('33.3%');
    expect(share('0.01', '101605.173803')).toBe('<0.1%');
    expect(share('0', '10')).toBe('0.0%');
    expect(share('1', '0')).toBeNull();
  });
});
