import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { groupPurchases } from '../../src/lib/site/purchases.ts';
import { seedEntry } from '../data/entries.ts';
import { seedText } from '../helpers.ts';

// content/gov-services-data-bureau/2026.txt prints its 政府购买服务 rows from line 399 on, one per
// contract, e.g. line 399: 01-公共服务 / 0108-文化公共服务 / 广播电视网络视听活动服务 / 216.27.
const bureau = seedEntry('003');
const rows = bureau.purchaseServices!.rows;

describe('groupPurchases', () => {
  const groups = groupPurchases(rows);

  it('keeps every row once, in the group of its printed path', () => {
    expect(groups.reduce((n, g) => n + g.rows.length, 0)).toBe(rows.length);
    for (const g of groups) for (const r of g.rows) expect(r.labels).toEqual(g.labels);
    expect(new Set(groups.map((g) => g.labels.join('›'))).size).toBe(groups.length);
  });

  it('sums each group exactly, and the groups add up to the rows', () => {
    const all = rows.reduce((a, r) => a.plus(r.amount ?? 0), new Decimal(0));
    expect(groups.reduce((a, g) => a.plus(g.total), new Decimal(0)).toFixed()).toBe(all.toFixed());
  });

  it('puts the largest sum first', () => {
    for (let i = 1; i < groups.length; i++) expect(new Decimal(groups[i - 1]!.total).gte(groups[i]!.total)).toBe(true);
  });

  it('groups the rows printed under one path (lines 399–403: 广播电视网络视听活动服务)', () => {
    const lines = seedText('003').split('\n').slice(398, 403);
    expect(lines.every((l) => l.includes('广播电视网络视听活动服务'))).toBe(true);
    const g = groups.find((x) => x.labels.at(-1) === '广播电视网络视听活动服务')!;
    expect(g.rows.map((r) => r.line)).toEqual([399, 400, 401, 402, 403]);
    // 216.27 + 45 + 67.05 + 38.7 + 355.5, as printed on those lines.
    expect(g.total).toBe('722.52');
  });
});
