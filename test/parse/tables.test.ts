// Row-level rules of individual tables, on small excerpts shaped like the seeds.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse/document.ts';
import { formatIssue } from '../../src/lib/parse/issues.ts';
import { normalizeOperator } from '../../src/lib/parse/tables/indicators.ts';

const parse = (body: string) => {
  const r = parseDocument(body, { file: 't.txt', department: null, year: null });
  if (!r.value) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.value;
};
const general = (rows: string[]) =>
  parse(['预算07表 一般公共预算财政拨款支出表', '', '金额单位：万元', '', '单位名称\t功能分类科目\t\t本年预算数', ...rows].join('\n')).generalExpenditure!;

describe('一般公共预算支出表 rows', () => {
  it.each([
    ['a unit code that starts with 2 is not a function code', ['217001-北京市社会保险基金管理中心\t2010301\t行政运行\t1,597.852600\t1,597.852600', '\t\t合 计\t1,597.852600\t1,597.852600'], ['2010301', '217001', '1597.8526']],
    ['code and name in one cell', ['2010301-行政运行\t18.5\t18.5', '合 计\t18.5\t18.5'], ['2010301', null, '18.5']],
    ['a row that lost its leading empty cells', ['2010301\t行政运行\t1.000000', '合 计\t1.000000'], ['2010301', null, '1']],
  ])('%s', (_, rows, [code, unit, total]) => {
    const g = general(rows);
    expect([g.rows[0]!.function?.code, g.rows[0]!.unit?.code ?? null, g.rows[0]!.total?.toFixed()]).toEqual([code, unit, total]);
    expect(g.total?.toFixed()).toBe(total);
  });

  it('opens a new block where function codes restart (units consolidated without names)', () => {
    const g = general(['2010301\t行政运行\t1.0', '2299999\t其他支出\t2.0', '2010301\t行政运行\t3.0', '\t合 计\t6.0']);
    expect(g.rows.map((r) => r.block)).toEqual([0, 0, 1]);
  });
});

describe('“三公” rows', () => {
  const sangong = (rows: string[], unit = '万元') =>
    parse(['预算11表 财政拨款“三公”经费支出表', '', `金额单位：${unit}`, '', '年度\t“三公”经费财政拨款预算总额\t因公出国（境）费用\t公务接待费\t公务用车购置及运行维护费', '\t\t\t\t公务用车购置费\t公务用车运行维护费', ...rows].join('\n')).sangong!;

  it('a year printed with every amount empty is a year without spending', () => {
    const s = sangong(['2022\t9.02\t\t4.68\t\t4.34', '2023\t\t\t\t\t']);
    expect([s.year, s.total, s.years.length]).toEqual([2023, null, 2]);
  });

  it('reads 元 and converts to 万元 exactly', () => {
    const s = sangong(['2024\t13,000.00\t\t\t\t13,000.00'], '元');
    expect([s.total?.toFixed(), s.years[0]!.vehicle?.toFixed(), s.printedIn]).toEqual(['1.3', '1.3', '元']);
  });
});

describe('a table in 元', () => {
  it('with figures printed to six decimals is a 万元 table under a wrong 金额单位: an error', () => {
    const text = ['预算11表 财政拨款“三公”经费支出表', '', '金额单位：元', '', '年度\t“三公”经费财政拨款预算总额\t因公出国（境）费用\t公务接待费\t公务用车购置及运行维护费', '\t\t\t\t公务用车购置费\t公务用车运行维护费', '2026\t26.765421\t10.260000\t1.875421\t14.630000\t12.530000\t2.100000'].join('\n');
    const r = parseDocument(text, { file: 't.txt', department: null, year: null });
    expect(r.issues.filter((i) => i.code === 'unit-mismatch').map(formatIssue)).toEqual([
      't.txt:7: error [unit-mismatch] expected amounts in 元 (the unit of line 3) to have at most two decimals, found "26.765421" in column “三公”经费合计 of 预算11表财政拨款“三公”经费支出表: is the table\'s 金额单位 wrong (万元)?',
    ]);
  });
});

describe('支出总表 classification cells', () => {
  const expenditure = (row: string) =>
    parseDocument(['预算03表 支出总表', '金额单位：万元', '科目编码\t\t\t合计\t基本支出\t项目支出', row, '合计\t1.000000\t1.000000\t'].join('\n'), { file: 't.txt', department: null, year: null });

  it('two cells run together are read as the two codes they hold', () => {
    const r = expenditure('2040650-事业运行\t50501-工资福利支出30199-其他工资福利支出\t1.000000\t1.000000\t');
    const row = r.value!.expenditure!.rows[0]!;
    expect([row.govEconomic?.code, row.deptEconomic?.code, row.total?.toFixed()]).toEqual(['50501', '30199', '1']);
  });

  it('text run into a code from the row above is that row\'s name going on, not a cell (ecology-environment 108–109)', () => {
    const r = expenditure('缴费支出2080506-机关事业单位职业年金\t50501-工资福利支出\t30109-职业年金缴费\t1.000000\t1.000000\t');
    const row = r.value!.expenditure!.rows[0]!;
    expect([row.function?.code, row.govEconomic?.code, row.deptEconomic?.code]).toEqual(['2080506', '50501', '30109']);
  });

  it('a piece that is no code is an error naming the cell', () => {
    const r = expenditure('2060102-一般行政管理事务\t50205-委托业务费030227-委托业务费\t1.000000\t1.000000\t');
    expect(r.issues.filter((i) => i.code === 'malformed-code').map(formatIssue)).toEqual([
      't.txt:4: error [malformed-code] expected one classification code and name per cell, found "50205-委托业务费030227-委托业务费": two cells run together, and "030227" is no code',
    ]);
  });
});

describe('收支总表 pairs', () => {
  it('places a row that lost its leading cells by what its label says', () => {
    const s = parse(['预算01表 收支总表', '金额单位：万元', '收 入\t\t支 出\t', '一、一般公共预算拨款收入\t10.5\t一、一般公共服务支出\t8', '十、卫生健康支出\t2.5', '本年收入合计\t10.5\t本年支出合计\t10.5', '收入总计\t10.5\t支出总计\t10.5'].join('\n')).summary!;
    expect(s.expenditure.map((i) => [i.label, i.amount?.toFixed()])).toEqual([['一、一般公共服务支出', '8'], ['十、卫生健康支出', '2.5']]);
    expect(s.expenditureThisYear?.toFixed()).toBe('10.5');
  });
});

describe('绩效指标性质 as printed', () => {
  it.each([
    ['＝', '='],
    ['＞', '>'],
    ['＜', '<'],
    ['>=', '≥'],
    ['≧', '≥'],
    ['≤', '≤'],
    ['定 性', '定性'],
    ['约', '约'],
  ])('%s reads as %s', (printed, read) => {
    expect(normalizeOperator(printed)).toBe(read);
  });
});
