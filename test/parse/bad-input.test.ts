import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse/document.ts';
import { formatIssue } from '../../src/lib/parse/issues.ts';
import { seedText } from '../helpers.ts';

const meta = { file: 'content/x/2023.txt', department: 'x', year: 2023 };
const errorsOf = (input: string | Uint8Array, m = meta) => {
  const r = parseDocument(input, m);
  return { value: r.value, errors: r.issues.filter((i) => i.severity === 'error').map(formatIssue) };
};
const lines = seedText('000').split('\n');

describe('bad input gets a clear message with file:line', () => {
  it.each([
    ['an empty file', '', 'content/x/2023.txt:1: error [empty-file] expected a budget document, found an empty file'],
    ['only blank lines', '\n\n  \n', 'content/x/2023.txt:1: error [empty-file] expected a budget document, found only blank lines'],
    ['no recognisable table', '北京市\n一些文字\t没有表格\n', 'content/x/2023.txt:1: error [no-tables] expected at least one budget table with a title such as "预算01表 收支总表", found none'],
  ])('%s', (_, text, message) => {
    const r = errorsOf(text);
    expect(r.value).toBeNull();
    expect(r.errors).toEqual([message]);
  });

  it('a binary file', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(errorsOf(png).errors).toEqual(['content/x/2023.txt:1: error [binary-file] expected UTF-8 text, found binary data (NUL bytes)']);
  });

  it('bytes that are not UTF-8', () => {
    expect(errorsOf(new Uint8Array([0xd4, 0xa4, 0xcb, 0xe3, 0x0a])).errors).toEqual(['content/x/2023.txt:1: error [binary-file] expected UTF-8 text, found bytes that are not UTF-8']);
  });

  it('a table cut off mid-row at the end of the file', () => {
    const cut = [...lines.slice(0, 96), '2101103-公务员医疗补助\t50102-社会保障缴费\t30111-公'].join('\n');
    expect(errorsOf(cut).errors).toEqual([
      'content/x/2023.txt:97: error [truncated-table] expected the 合计 row of 预算03表支出预算总表 after line 97, found the end of the file (document cut off?)',
      'content/x/2023.txt:97: error [missing-table] expected a 财政拨款收支总表、一般公共预算财政拨款支出表、一般公共预算财政拨款基本支出表、政府性基金预算财政拨款支出表、国有资本经营预算财政拨款支出表、财政拨款“三公”经费支出表、项目支出绩效目标表 in every 部门预算, found none of them in the whole document (title lost or document cut off?)',
    ]);
  });

  it('a “三公” table in 万元 whose 金额单位 says 元 is 10,000 times off the 支出总表', () => {
    // Seed 001 prints its 三公 table (line 211) in 万元: 26.765421, the sum of its 支出总表 rows
    // 30217 公务接待费 1.875421 (67), 30231 2.1 (68), 3021202 10.26 (77), 31013 12.53 (80). Here
    // its unit says 元 and its figures are rounded to the fen, as a table in 元 prints them.
    const text = seedText('001').split('\n').map((l, i) => (i === 212 ? l.replace('万元', '元') : i === 216 ? '26.77\t10.26\t1.88\t14.63\t12.53\t2.10' : l)).join('\n');
    const r = parseDocument(text, { file: 'content/x/2026.txt', department: 'x', year: 2026 });
    expect(r.issues.filter((i) => i.code === 'unit-mismatch').map(formatIssue)).toEqual([
      'content/x/2026.txt:217: error [unit-mismatch] expected “三公”经费合计 (0.002677 万元, read in 元) to be of the order of the 支出总表\'s 因公出国（境）、公务接待、公务用车 rows (26.765421 万元, lines 67–80), found it 9998 times smaller: is the table\'s 金额单位 wrong?',
    ]);
  });

  it('a document cut off between two tables', () => {
    // Seed 000 stops before 预算12表 (政府购买服务), so its 年度项目支出绩效表 is lost too.
    const at = lines.findIndex((l) => /^预算12表/.test(l));
    const cut = lines.slice(0, at).join('\n');
    // Reported at the file's last line of text (257, the 三公 table's 2023 row).
    expect(errorsOf(cut).errors).toEqual([
      `content/x/2023.txt:257: error [missing-table] expected a 项目支出绩效目标表 in every 部门预算, found none in the whole document (title lost or document cut off?)`,
    ]);
  });

  it('a document that ends after the header of its last table is warned of', () => {
    // Seed 000 ends with 预算表13 年度项目支出绩效表 (line 267): its two header lines are 271–272, its
    // 合计 row 273. Cut after the header, the table looks like one printed empty, but the file ends.
    const cut = lines.slice(0, 272).join('\n');
    // A document may print that table empty (real ones do), so the text cannot tell: a warning.
    const r = parseDocument(cut, meta);
    expect(r.issues.filter((i) => i.code !== 'foot-rows').map(formatIssue)).toEqual([
      'content/x/2023.txt:272: warning [ends-at-header] expected the rows of 预算表13年度项目支出绩效表 after its header, found the end of the file: printed empty, or the document cut off? (compare with the published PDF)',
    ]);
  });

  it('an amount printed where a 项目支出表 row has its 部门经济分类 is warned of, and kept as printed', () => {
    // Seed 002 (dongcheng 2024), line 214: "50209-维修(护)费 | 1422.53 | 79.42 | 79.42".
    const r = parseDocument(seedText('002'), { file: 'content/x/2024.txt', department: 'x', year: 2024 });
    expect(r.issues.filter((i) => i.code === 'amount-as-code').map(formatIssue)).toEqual([
      'content/x/2024.txt:214: warning [amount-as-code] expected a 部门经济分类 "code-name" in 预算04表2024年部门（单位）项目支出表, found the amount "1422.53"; shown as printed',
    ]);
    const row = r.value!.projectExpenditure!.rows.find((x) => x.line === 214)!;
    expect(row.total!.toFixed()).toBe('79.42');
  });

  it('a row with a non-numeric amount', () => {
    const bad = lines.map((l, i) => (i === 55 ? l.replace('279.885600\t279.885600', '27g.885600\t279.885600') : l)).join('\n');
    expect(errorsOf(bad).errors).toEqual(['content/x/2023.txt:56: error [bad-amount] expected an amount in column 合计 of 预算03表支出预算总表, found "27g.885600"']);
  });

  it('a document whose year contradicts its path', () => {
    const r = errorsOf(lines.join('\n'), { ...meta, year: 2024, file: 'content/x/2024.txt' });
    expect(r.value).toBeNull();
    expect(r.errors).toEqual(["content/x/2024.txt:257: error [year-mismatch] expected budget year 2024 (from the file's path), found 2023 in the text"]);
  });

  it('a document whose text states no year takes the year of its path', () => {
    const r = parseDocument(seedText('001'), { ...meta, year: 2026 });
    expect(r.value?.year).toBe(2026);
    expect(r.value?.yearInText).toBeNull();
  });
});
