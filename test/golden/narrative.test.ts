// The 情况说明 of the real 2026 budgets in ../shared/real/narrative (kept outside the repository).
// Expected headings, paragraph starts and line numbers were read off the texts themselves.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNarrative } from '../../src/lib/parse/narrative/index.ts';
import { readDocument } from '../../src/lib/corpus/read.ts';
import { formatIssue } from '../../src/lib/parse/issues.ts';
import type { Explanation } from '../../src/lib/model/schema.ts';

const REAL = '../shared/real/narrative';
const slugs = existsSync(REAL) ? readdirSync(REAL).filter((s) => existsSync(`${REAL}/${s}/2026.txt`)) : [];
const read = (slug: string) => {
  const file = `${REAL}/${slug}/2026.txt`;
  return { lines: readFileSync(file, 'utf8').split('\n'), ...parseNarrative(readFileSync(file), { file, year: 2026 }) };
};
const headings = (v: Explanation, level: number) => v.sections.filter((s) => s.level === level).map((s) => [s.line, s.heading]);
const startsAt = (v: Explanation, line: number) => v.sections.flatMap((s) => s.paragraphs).find((p) => p.line === line);

describe.skipIf(slugs.length === 0).each(slugs)('real 情况说明 %s', (slug) => {
  it('accounts for every line: 目录, heading, paragraph, page number or figure', () => {
    const { lines, value, issues } = read(slug);
    const v = value!;
    const placed = new Set<number>();
    const span = (from: number, to: number) => {
      for (let l = from; l <= to; l++) placed.add(l);
    };
    if (v.toc) span(v.toc.line, v.toc.endLine);
    for (const s of v.sections) {
      span(s.line, s.endLine);
      for (const p of s.paragraphs) span(p.line, p.endLine);
    }
    for (const l of v.pageNumbers) placed.add(l);
    for (const f of v.furniture) placed.add(f.line);
    const unplaced = lines.map((t, i) => [i + 1, t.trim()] as const).filter(([l, t]) => t !== '' && !placed.has(l));
    expect(unplaced).toEqual([]);
    expect(issues).toEqual([]);
  });

  it('keeps every character of the prose, in order', () => {
    const { lines, value } = read(slug);
    const v = value!;
    // Outside the 目录, page numbers and figures, the lines' characters are the headings' and
    // paragraphs' characters (spaces aside, and the full stop after a run-in heading).
    const skip = new Set([...v.pageNumbers, ...v.furniture.map((f) => f.line)]);
    const bare = (s: string) => s.replace(/[\s。]/g, '');
    const printed = lines.filter((_, i) => !skip.has(i + 1) && !(v.toc && i + 1 >= v.toc.line && i + 1 <= v.toc.endLine)).map(bare).join('');
    const read_ = v.sections.map((s) => bare(s.heading ?? '') + s.paragraphs.map((p) => bare(p.text)).join('')).join('');
    expect(read_).toBe(printed);
  });

  it('has the six sections of a 情况说明 and a 目录 listing its tables (where it prints one)', () => {
    const v = read(slug).value!;
    expect(v.sections.filter((s) => s.level === 1).map((s) => s.kind)).toEqual(['department', 'income', 'expenditure', 'sangong', 'other', 'glossary']);
    if (v.toc) expect(v.toc.tables.map((t) => t.title)).toContain('收支总表');
  });
});

describe.skipIf(!slugs.includes('audit-bureau'))('北京市审计局 2026', () => {
  const { value } = read('audit-bureau');
  const v = value!;

  it('目录: two parts, thirteen tables, the last after a page break', () => {
    expect([v.toc!.line, v.toc!.endLine]).toEqual([2, 28]);
    expect(v.toc!.parts.map((p) => [p.line, p.title, p.entries.length])).toEqual([
      [6, '2026 年度部门预算情况说明', 6],
      [13, '2026 年度部门预算报表', 13],
    ]);
    expect(v.toc!.tables[0]).toEqual({ line: 14, number: 1, title: '收支总表' });
    expect(v.toc!.tables[12]).toEqual({ line: 28, number: 13, title: '部门整体支出绩效目标表' });
  });

  it('page numbers and figure captions', () => {
    expect(v.pageNumbers).toEqual([26, 30, 57, 84, 111, 130, 145, 162, 188, 196]);
    expect(v.furniture.map((f) => [f.line, f.text])).toEqual([
      [132, '图 1：收入预算'],
      [147, '图 2：基本支出和项目支出情况'],
    ]);
  });

  it('headings', () => {
    expect(headings(v, 1)).toEqual([
      [36, '一、部门情况说明'],
      [110, '二、收入预算情况说明'],
      [133, '三、支出预算情况说明'],
      [149, '四、财政拨款“三公”经费预算情况说明'],
      [161, '五、其他情况说明'],
      [175, '六、名词解释'],
    ]);
    expect(headings(v, 2)).toEqual([
      [37, '（一）本部门职责情况'],
      [107, '（二）机构设置情况'],
      [116, '（一）本年财政拨款收入 32365.09 万元'],
      [120, '（二）本年其他资金收入 15 万元'],
      [127, '（三）上年结转结余 471.96 万元'],
      [137, '（一）基本支出'],
      [139, '（二）项目支出'],
      [148, '（三）年终结转结余资金 0 万元'],
      [153, '（一）因公出国（境）费用'],
      [155, '（二）公务接待费'],
      [157, '（三）公务用车购置和运行维护费'],
      [164, '（一）政府采购预算说明'],
      [168, '（二）机关运行经费说明'],
      [171, '（三）国有资产占用情况说明'],
    ]);
    expect(headings(v, 0)).toEqual([
      [1, null],
      [32, '第一部分 2026年度部门预算情况说明'],
      [190, '第二部分 2026 年度部门预算报表'],
    ]);
  });

  it('paragraphs begin on their line and run to the end of their sentence, across page breaks', () => {
    expect(startsAt(v, 38)).toMatchObject({ endLine: 40 });
    expect(startsAt(v, 38)!.text).toMatch(/^北京市审计局贯彻落实党中央关于审计工作的方针政策、决策部署.*主要职责是：$/);
    expect(startsAt(v, 41)!.text).toMatch(/^1\.主管全市审计工作。负责对本市财政收支.*并负有督促被审计单位整改的责任。$/);
    // Item 3 is cut by the page break at line 57.
    expect(startsAt(v, 56)).toMatchObject({ endLine: 65 });
    expect(startsAt(v, 56)!.text).toContain('其他财政支出情况审计报告');
    expect(startsAt(v, 113)).toEqual({ line: 113, endLine: 115, text: '2026 年度收入预算 32852.05 万元，比 2025 年年初预算数 30385.62 万元增加 2466.43 万元，增长 8.12%。主要原因是新招录人员等原因导致基本经费增加。' });
    expect(startsAt(v, 137)).toEqual({ line: 137, endLine: 138, text: '基本支出预算 25218.54 万元，占本年支出预算 76.76%。' });
    expect(startsAt(v, 176)!.text).toBe('基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。');
    expect(startsAt(v, 194)!.text).toBe('附件：北京市审计局 2026 年度部门预算报表');
  });
});

describe.skipIf(!slugs.includes('veterans-affairs-bureau'))('北京市退役军人事务局 2026: the charts’ lettering is not prose', () => {
  it('the lines between the last sentence and each caption are the figure’s', () => {
    const v = read('veterans-affairs-bureau').value!;
    expect(v.furniture.map((f) => [f.line, f.text])).toEqual([
      [93, '收入预算'],
      [94, '0.48%'],
      [96, '一般公共预算拨款收入'],
      [98, '其他收入'],
      [100, '22.76%'],
      [102, '上年结转结余'],
      [104, '76.76%'],
      [106, '图 1：收入预算'],
      [120, '3.55%'],
      [122, '96.45%'],
      [123, '基本支出'],
      [125, '项目支出'],
      [127, '图 2：基本支出和项目支出情况'],
    ]);
    expect(startsAt(v, 92)!.text).toBe('10.上年结转结余 5066.00 万元。');
  });
});

describe.skipIf(!slugs.includes('state-assets-commission'))('北京市国资委 2026: no 目录, no page numbers, lines broken early', () => {
  const v = read('state-assets-commission').value!;

  it('the cover, then the sections', () => {
    expect(v.toc).toBeNull();
    expect(v.pageNumbers).toEqual([]);
    expect(v.sections[0]!.paragraphs).toEqual([{ line: 1, endLine: 2, text: '北京市人民政府国有资产监督管理委员会2026 部门预算情况的说明' }]);
    expect(headings(v, 1).map(([l]) => l)).toEqual([4, 46, 69, 87, 102, expect.any(Number)]);
  });

  it('a paragraph whose lines the extraction broke early, and a lone 。, stay one paragraph', () => {
    expect(startsAt(v, 6)).toMatchObject({ endLine: 13 });
    expect(startsAt(v, 6)!.text).toMatch(/^根据中共中央、国务院批准的北京市人民政府机构改革方案.*（京发〔2018〕31 号），设立北京市人民政府国有资产监督管理委员会（以下简称“市国资委”）。$/);
    expect(startsAt(v, 14)!.text).toBe('市国资委是市政府授权代表国家履行国有资产出资人职责的市政府直属特设机构。部门职责如下：');
    expect(startsAt(v, 32)).toEqual({ line: 32, endLine: 33, text: '5.通过法定程序对所监管企业负责人进行考核并根据其经营业绩进行奖惩；完善经营者激励和约束制度。' });
  });
});

describe.skipIf(!slugs.includes('audit-bureau'))('a document against the tables its 情况说明 announces', () => {
  const file = '../shared/real/content/audit-bureau/2026.txt';
  const narrative = { input: readFileSync(`${REAL}/audit-bureau/2026.txt`), file: `${REAL}/audit-bureau/2026.txt` };
  const lines = readFileSync(file, 'utf8').split('\n');
  const errors = (text: string) => readDocument(text, { file, department: 'audit-bureau', year: 2026 }, narrative).issues.filter((i) => i.severity === 'error').map(formatIssue);

  it('is complete as published: every table the 目录 lists is printed', () => {
    expect(errors(lines.join('\n'))).toEqual([]);
  });

  it('cut off before its last table (预算13表 部门整体支出绩效目标表, line 486), is an error naming the 目录 line', () => {
    // The 目录 lists 十三、部门整体支出绩效目标表 on line 28 of the 情况说明; the table is not one every 部门预算 prints.
    // Reported at the last line of text, 484 (485 is blank).
    expect(errors(lines.slice(0, 485).join('\n'))).toEqual([
      `${file}:484: error [missing-table] expected 部门整体支出绩效目标表, which the 情况说明's 目录 lists (${REAL}/audit-bureau/2026.txt:28), found no such table in the document (title lost or document cut off?)`,
    ]);
  });
});
