// A department's budgets side by side (src/lib/site/compare.ts). Expected figures are read from
// content/citizen-hotline-center/2023.txt and 2026.txt (file:line beside each), not from the code.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { barWidth, compareYears, yearFigures, type CompareRow, type YearFigures } from '../../src/lib/site/compare.ts';
import { seedEntry } from '../data/entries.ts';

const y2023 = yearFigures(2023, seedEntry('000'));
const y2026 = yearFigures(2026, seedEntry('001'));
const hotline = compareYears([y2026, y2023])!;
const row = (rows: CompareRow[], key: string) => rows.find((r) => r.key === key);

describe('compareYears by function 类 (支出总表 rows summed per 类)', () => {
  it('puts the years oldest first and compares the latest with the one before it', () => {
    expect(hotline.years).toEqual([2023, 2026]);
    expect([hotline.previous, hotline.latest]).toEqual([2023, 2026]);
  });

  it.each([
    // 2023.txt 支出总表: 201 = rows 56–89 (2010301, 2010302, 2010350), the same as the 收支总表's
    // 一、一般公共服务支出 on line 9; 205 = line 90; 208 = lines 91–92 (= line 16); 210 = lines 96–97 (= line 18).
    // 2026.txt 支出总表: 201 = rows 53–81; 205 = line 82; 208 = lines 83–85; 210 = lines 86 and 90 (a
    // page break between); 221 = lines 91–92; 229 = lines 93–94.
    ['201', '一般公共服务支出', ['20145.52049', '4588.530572'], { difference: '-15556.989918', percent: '-77.2%' }, null],
    ['205', '教育支出', ['6.175', '3.86'], { difference: '-2.315', percent: '-37.5%' }, null],
    ['208', '社会保障和就业支出', ['263.585376', '298.46424'], { difference: '34.878864', percent: '+13.2%' }, null],
    ['210', '卫生健康支出', ['212.665034', '191.125056'], { difference: '-21.539978', percent: '-10.1%' }, null],
    ['221', '住房保障支出', [null, '403.495128'], null, '新列出'],
    ['229', '其他支出', [null, '330.6'], null, '新列出'],
  ])('类 %s %s: %j', (code, name, amounts, change, note) => {
    expect(row(hotline.classes, code)).toMatchObject({ name, amounts, change, note });
  });

  it('sorts by the latest year, largest first', () => {
    expect(hotline.classes.map((r) => r.key)).toEqual(['201', '221', '229', '208', '210', '205']);
  });

  it('keeps the printed totals and what they leave unitemised', () => {
    // 合计 of the 支出总表: 2023.txt:98 20,627.945900; 2026.txt:95 27,921.891610. The 2023 rows add
    // up to it; the 2026 rows add up to 5,816.074996 (the six 类 above), leaving 22,105.816614.
    expect(hotline.totals).toEqual([
      { amount: '20627.9459', line: 98 },
      { amount: '27921.89161', line: 95 },
    ]);
    expect(hotline.unitemised).toEqual([null, '22105.816614']);
    expect(hotline.classMax).toBe('20145.52049');
    // The largest project of either year: 短信费, 2023.txt:443 (922.000000; 2026's largest is 811.35).
    expect(hotline.projectMax).toBe('922');
  });
});

describe('compareYears by project (same canonical code across years)', () => {
  it.each([
    // 2023.txt:279 10.260000; 2026.txt:247 10.260000
    ['11000022T000000391740', '因公出国（境）类项目', ['10.26', '10.26'], [279, 247], { difference: '0', percent: '0.0%' }],
    // 2023.txt:313 37.300000; 2026.txt:252 33.570000
    ['11000022T000000438794', '接诉即办蓝皮书', ['37.3', '33.57'], [313, 252], { difference: '-3.73', percent: '-10.0%' }],
    // 2023.txt:340 8.600000; 2026.txt:261 6.750000
    ['11000022T000000443359', '文书档案数字化整理', ['8.6', '6.75'], [340, 261], { difference: '-1.85', percent: '-21.5%' }],
    // 2023.txt:416 73.000000; 2026.txt:267 5.970000
    ['11000023T000002025844', '市民热线机动经费', ['73', '5.97'], [416, 267], { difference: '-67.03', percent: '-91.8%' }],
  ])('%s %s', (code, name, amounts, lines, change) => {
    expect(row(hotline.projects, code)).toMatchObject({ name, amounts, lines, change, note: null });
  });

  it('marks a project only one of the two years lists', () => {
    // 运维支撑服务 2026.txt:317 (811.350000) under 11000024Y000002793864; 2023 prints its 运维支撑服务
    // under another code (2023.txt:409, 11000022Y00000443490), so the two are not matched.
    expect(row(hotline.projects, '11000024Y000002793864')).toMatchObject({ amounts: [null, '811.35'], lines: [null, 317], change: null, note: '新列出' });
    expect(row(hotline.projects, '11000022Y000000443490')).toMatchObject({ amounts: ['493.96119', null], lines: [409, null], change: null, note: '未再列出' });
  });

  it('points to a row of the same name under another code', () => {
    // 云服务租赁: 2023.txt:399 11000022Y00000443483, 2026.txt:305 11000024Y0000 02792558.
    expect(row(hotline.projects, '11000024Y000002792558')!.sameName).toEqual(['11000022Y000000443483']);
    expect(row(hotline.projects, '11000022Y000000443483')!.sameName).toEqual(['11000024Y000002792558']);
    expect(row(hotline.projects, '11000023T000002025844')!.sameName).toEqual([]);
  });

  it('lists the latest year largest first, then what only earlier years list', () => {
    // 2026's largest: 运维支撑服务 811.35 (2026.txt:317), 云服务租赁 546.77 (:305), 12345对外宣传经费 405.48 (:283).
    expect(hotline.projects.slice(0, 3).map((p) => p.amounts[1])).toEqual(['811.35', '546.77', '405.48']);
    const firstGone = hotline.projects.findIndex((p) => p.amounts[1] === null);
    expect(hotline.projects.slice(firstGone).every((p) => p.amounts[1] === null)).toBe(true);
    // 2023 and 2026 list 22 and 12 projects (the 绩效目标表), four of them in both years.
    expect(hotline.projects).toHaveLength(22 + 12 - 4);
  });
});

describe('says where a year itemises much less than another', () => {
  it('for the hotline: 2026 classifies 20.8% of its total by function, 2023 all of it; projects 29.3% against 46.9%', () => {
    // Function: 5,816.074996 of 27,921.891610 (2026.txt:95) against 20,627.945900 of 20,627.945900 (2023.txt:98).
    // Projects: the 12 of 2026.txt lines 242–344 add up to 2,438.646 of 项目支出 8,321.218635 (2026.txt:95);
    // the 22 of 2023 to 3,154.578676 (the 项目支出表 rows, lines 106–127) of 6,725.006972 (2023.txt:98).
    expect(hotline.itemisation).toEqual({
      functions: '2026 年的文本只把支出合计的 20.8% 分到了各功能分类，2023 年分到了 100.0%；其余只印了合计（表中“未列明”一行）。所以两年各类的增减，有一部分只是列明多少不同，不一定是支出的变化。',
      projects: '2026 年的文本逐个列出的项目只占项目支出的 29.3%，2023 年占 46.9%：某个项目在 2026 年的文本中没有列出，不一定是那一年没有安排。',
      tables: null,
    });
  });

  const synthetic = (year: number, itemised: string, total: string): YearFigures => ({
    year,
    classes: new Map([['201', { amount: new Decimal(itemised), rows: [{ code: '2010301', name: '行政运行', total: itemised }] }]]),
    functionTotal: new Decimal(total),
    functionTotalLine: 1,
    functionTable: '支出总表',
    projects: new Map(),
    projectTotal: null,
  });

  it.each([
    // Three quarters is the line: 74% of another year's share is much less, 75% is not.
    ['74 against 100', '74', '100', true],
    ['75 against 100', '75', '100', false],
    ['both itemise all', '100', '100', false],
    ['10 against 13.5', '10', '13.5', true],
  ])('%s', (_, low, high, said) => {
    const c = compareYears([synthetic(2024, low, '100'), synthetic(2025, high, '100')])!;
    expect(c.itemisation.functions !== null).toBe(said);
    expect(c.itemisation.projects).toBeNull();
  });
});

describe('says where the years classify by function from different tables', () => {
  it('the hotline prints 支出总表 rows both years: nothing to say', () => {
    expect([y2023.functionTable, y2026.functionTable]).toEqual(['支出总表', '支出总表']);
    expect(hotline.itemisation.tables).toBeNull();
  });
  it('a year with only a 一般公共预算支出表 is named as a narrower scope', () => {
    const c = compareYears([{ ...y2023, functionTable: '一般公共预算支出表' }, y2026])!;
    expect(c.itemisation.tables).toBe('2023 年的文本没有分类列出全部支出，这里用的是它的一般公共预算支出表（只含一般公共预算拨款）；2026 年用的是支出总表（全部资金）。两者范围不同，不能直接相比。');
  });
});

describe('compareYears with fewer than two years', () => {
  it('gives nothing to show for one year', () => {
    expect(compareYears([y2026])).toBeNull();
    expect(compareYears([])).toBeNull();
  });
});

describe('barWidth', () => {
  it.each([
    ['20145.52049', '20145.52049', 100],
    ['4588.530572', '20145.52049', 22.8],
    ['3.86', '20145.52049', 0.5],
    ['0', '20145.52049', 0],
    [null, '20145.52049', 0],
  ])('%s of %s → %d%%', (a, max, w) => {
    expect(barWidth(a, max)).toBe(w);
  });
});
