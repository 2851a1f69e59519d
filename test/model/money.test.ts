import { describe, expect, it } from 'vitest';
import { readAmount, sum, money } from '../../src/lib/model/money.ts';

describe('readAmount', () => {
  it.each([
    ['20,477.945900', '万元', '20477.9459'],
    ['20477.945900', '万元', '20477.9459'],
    ['1 ,127. 528152', '万元', '1127.528152'],
    ['２０，４７７．９４５９', '万元', '20477.9459'],
    ['13,000.00', '元', '1.3'],
    ['1', '元', '0.0001'],
    ['64032293.68', '元', '6403.229368'],
    ['-5.5', '万元', '-5.5'],
    ['0.000001', '万元', '0.000001'],
  ] as const)('%s in %s → %s 万元', (cell, unit, want) => {
    const a = readAmount(cell, unit);
    expect(a.kind).toBe('amount');
    expect(a.kind === 'amount' && a.value.toFixed()).toBe(want);
  });

  it.each(['', '-', '—', ' '])('%j is an empty cell', (cell) => {
    expect(readAmount(cell).kind).toBe('empty');
  });

  it.each(['abc', '1,23', '12.3.4', '优', '≥', '20,47,7.9'])('%j is text, not an amount', (cell) => {
    expect(readAmount(cell).kind).toBe('text');
  });

  it('sums without float error', () => {
    expect(sum([money('0.1'), money('0.2'), null]).toFixed()).toBe('0.3');
    expect(sum(Array.from({ length: 1000 }, () => money('0.000001'))).toFixed()).toBe('0.001');
  });
});
