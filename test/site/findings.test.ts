import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { FindingJson } from '../../src/lib/model/schema.ts';
import { explainFinding, findingsOverview, groupFindings, type Phrase } from '../../src/lib/site/findings.ts';
import { seedEntry } from '../data/entries.ts';
import { seedText } from '../helpers.ts';

const sentence = (plain: Phrase[]) => plain.map((p) => (typeof p === 'string' ? p : `[${p.amount}]`)).join('');
const amounts = (plain: Phrase[]) => plain.filter((p): p is { amount: string } => typeof p !== 'string').map((p) => p.amount);

// content/gov-services-data-bureau/2026.txt:182 prints 合计 101,605.173803 (and 基本支出 38,197.009752,
// 项目支出 63,408.164051); the 120 detail rows above it add up to less.
const bureau = seedEntry('003');
const printedTotal = seedText('003').split('\n')[181]!.split('\t')[3]!.replace(/,/g, '');

describe('a total printed with only part of it itemised', () => {
  const f = bureau.findings.find((x) => x.code === 'rows-vs-total' && x.table === '支出总表' && x.stated.label.includes('「合计」'))!;
  const v = explainFinding(f);

  it('is not called an error: the document simply does not itemise', () => {
    expect(v.kind).toBe('not-itemised');
    const s = sentence(v.plain);
    expect(s).toMatch(/^这份预算的支出总表只列出了 \[[\d.]+\]的明细，另有 \[[\d.]+\]（\d+\.\d%）原文只印了合计。$/);
    expect(s).not.toMatch(/错误|不一致|矛盾|对不上/);
  });

  it('splits the printed total into what is itemised and what is not', () => {
    expect(printedTotal).toBe('101605.173803');
    const [itemised, rest] = amounts(v.plain).map((a) => new Decimal(a));
    expect(itemised!.plus(rest!).toFixed()).toBe(printedTotal);
  });

  it('keeps the figures as printed in the detail', () => {
    expect(v.detail).toContain('101,605.173803 万元');
  });
});

describe('other kinds', () => {
  const base: FindingJson = {
    code: 'rows-vs-total',
    table: '项目支出表',
    message: '',
    stated: { value: '100', line: 10, label: '合计行「合计」' },
    computed: { value: '120', line: null, label: '3 行加总' },
    difference: '-20',
    rounding: false,
    lines: [7, 8, 9, 10],
  };

  it('rows that add up to more than their total do not agree', () => {
    const v = explainFinding(base);
    expect(v.kind).toBe('mismatch');
    expect(sentence(v.plain)).toContain('对不上');
  });

  it('a difference within the rounding of the printed digits is no error', () => {
    const v = explainFinding({ ...base, stated: { ...base.stated, value: '1624.33' }, computed: { ...base.computed, value: '1624.32724' }, difference: '0.00276', rounding: true });
    expect(v.kind).toBe('rounding');
    expect(sentence(v.plain)).toContain('不是错误');
  });

  it('a project total larger than the projects listed is a list not given in full', () => {
    const v = explainFinding({ ...base, code: 'table-vs-table', table: '支出总表 / 项目支出绩效目标表', stated: { value: '300', line: 5, label: '支出总表项目支出' }, computed: { value: '200', line: null, label: '绩效目标表 2 个项目加总' }, difference: '100' });
    expect(v.kind).toBe('not-itemised');
    expect(sentence(v.plain)).toBe('这份预算的项目支出共 [300]，但绩效目标表 2 个项目只有 [200]；另有 [100]（33.3%）原文没有逐个列出是哪些项目。');
  });
});

describe('the section', () => {
  it('says how many of each kind, the not-itemised first', () => {
    const overview = findingsOverview(bureau.findings);
    expect(overview).toMatch(/^本站核对了这份预算各表的明细与合计：\d+ 处原文只印了合计、没有列出全部明细（不是错误）/);
    expect(groupFindings(bureau.findings)[0]!.kind).toBe('not-itemised');
    expect(findingsOverview([])).toContain('都一致');
  });
});
