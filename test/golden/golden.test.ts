// Golden tests: expected figures were written by reading each seed document by hand
// (test/golden/expected/*.json, with the line each figure was read from), not from parser output.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { parseSeedText, SEEDS, squash, type SeedId } from '../helpers.ts';

interface Fig {
  value: string;
  line: number;
}
const eq = (actual: Decimal | null | undefined, expected: Fig | string | null | undefined) => {
  const e = expected === null || expected === undefined ? null : typeof expected === 'string' ? expected : expected.value;
  if (e === null) return expect(actual ?? null).toBeNull();
  expect(actual, `expected ${e}`).not.toBeNull();
  expect(actual!.toFixed()).toBe(new Decimal(e).toFixed());
};

describe.each(Object.keys(SEEDS) as SeedId[])('seed %s', (id) => {
  const expected = JSON.parse(readFileSync(`test/golden/expected/${id}.json`, 'utf8'));
  const doc = parseSeedText(id);

  it('收支总表 totals, with their lines', () => {
    for (const key of ['incomeThisYear', 'expenditureThisYear', 'carryOver', 'incomeTotal', 'expenditureTotal'] as const) {
      const fig = expected.summary[key] as Fig | null;
      eq(doc.summary![key], fig);
      if (fig) expect(doc.summary!.lines[key], key).toBe(fig.line);
    }
  });

  it('支出总表 合计 and rows', () => {
    const e = expected.expenditure;
    eq(doc.expenditure!.total, e.total);
    eq(doc.expenditure!.basic, e.basic);
    eq(doc.expenditure!.project, e.project);
    expect(doc.expenditure!.totalLine).toBe(e.total.line);
    expect(doc.expenditure!.rows).toHaveLength(e.rowCount);
    for (const [row, want] of [[doc.expenditure!.rows[0]!, e.firstRow], [doc.expenditure!.rows.at(-1)!, e.lastRow]] as const) {
      expect(row.function?.code).toBe(want.functionCode);
      expect(row.deptEconomic?.code).toBe(want.deptEconCode);
      expect(row.line).toBe(want.line);
      eq(row.total, want.total);
    }
  });

  it('项目支出表, 政府采购, 三公 and 一般公共预算支出表', () => {
    if (expected.projectExpenditure) {
      eq(doc.projectExpenditure!.total, expected.projectExpenditure.total);
      expect(doc.projectExpenditure!.rows).toHaveLength(expected.projectExpenditure.rowCount);
    } else expect(doc.projectExpenditure).toBeNull();
    eq(doc.procurement!.total, expected.procurement.total);
    expect(doc.procurement!.totalLine).toBe(expected.procurement.total.line);
    eq(doc.sangong!.total, expected.sangong.total);
    expect(doc.sangong!.year).toBe(expected.sangong.year);
    expect(doc.sangong!.line).toBe(expected.sangong.total.line);
    eq(doc.generalExpenditure!.total, expected.generalBudget.total);
    expect(doc.generalExpenditure!.totalLine).toBe(expected.generalBudget.total.line);
    expect(doc.generalExpenditure!.rows).toHaveLength(expected.generalBudget.rowCount);
  });

  it('every project of the 绩效目标表: code, name, amount, line, indicators', () => {
    const perf = expected.performance;
    expect(doc.projects).toHaveLength(perf.projectCount);
    const byCode = new Map(doc.projects.map((p) => [p.code, p]));
    for (const want of perf.projects) {
      const p = byCode.get(want.code);
      expect(p, want.code).toBeDefined();
      expect(squash(p!.name)).toBe(squash(want.name));
      eq(p!.total, want.total);
      expect(p!.line).toBe(want.line);
      if (want.indicatorCount !== null && want.indicatorCount !== undefined) expect(p!.indicators, want.code).toHaveLength(want.indicatorCount);
      if (want.firstIndicator) {
        const got = p!.indicators[0]!;
        const w = want.firstIndicator;
        expect([got.level1, got.level2, got.level3, got.operator, got.value, got.unit].map(squash)).toEqual([w.level1, w.level2, w.level3, w.operator, w.value, w.unit ?? ''].map(squash));
        expect(got.line).toBe(w.line);
      }
    }
  });

  it('leaves no line unplaced', () => {
    expect(doc.unplaced).toEqual([]);
  });
});
