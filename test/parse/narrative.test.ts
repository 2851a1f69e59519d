// The 情况说明 parser on small texts written for each rule: wraps, page numbers, headings,
// numbered items, the 目录, figures, and the issues it reports.
import { describe, expect, it } from 'vitest';
import { parseNarrative } from '../../src/lib/parse/narrative/index.ts';
import { chineseNumber, collapseSpaces, markerOf, withoutLeader } from '../../src/lib/parse/narrative/text.ts';
import type { Explanation } from '../../src/lib/model/schema.ts';

const parse = (lines: string[], year: number | null = 2026) => parseNarrative(lines.join('\n') + '\n', { file: 'n.txt', year });
const value = (lines: string[]) => parse(lines).value as Explanation;
/** Sections as `level heading` and paragraphs as `line-endLine text`, to compare at a glance. */
const outline = (v: Explanation) => v.sections.map((s) => [`${s.level} ${s.heading}`, ...s.paragraphs.map((p) => `${p.line}-${p.endLine} ${p.text}`)]);

// A full line of these texts is 12 characters wide; headings and last lines are shorter.
describe('paragraphs across hard line wraps', () => {
  it.each([
    ['a line without a full stop continues on the next, without a space', ['一、部门情况说明', '北京市某局主要职责是贯彻落', '实党中央的方针政策。'], [['1 一、部门情况说明', '2-3 北京市某局主要职责是贯彻落实党中央的方针政策。']]],
    ['a full stop at the end of a line ends the paragraph', ['一、部门情况说明', '第一段文字写到这里为止。', '第二段文字。'], [['1 一、部门情况说明', '2-2 第一段文字写到这里为止。', '3-3 第二段文字。']]],
    ['a colon or semicolon ends it too', ['一、部门情况说明', '主要职责是：', '负责本市审计工作；', '其他事项。'], [['1 一、部门情况说明', '2-2 主要职责是：', '3-3 负责本市审计工作；', '4-4 其他事项。']]],
    ['a numbered item begins a paragraph even after a wrapped line', ['一、部门情况说明', '1.主管全市审计工作负责对', '2.贯彻落实国家法律法规。'], [['1 一、部门情况说明', '2-2 1.主管全市审计工作负责对', '3-3 2.贯彻落实国家法律法规。']]],
    ['（1） items too', ['一、部门情况说明', '（1）政策依据：根据通知', '（2）绩效目标：全面保障。'], [['1 一、部门情况说明', '2-2 （1）政策依据：根据通知', '3-3 （2）绩效目标：全面保障。']]],
    ['a wrapped amount is not an item', ['一、收入预算情况说明', '2026 年度部门收入预算共计 1234', '12.34 万元。'], [['1 一、收入预算情况说明', '2-3 2026 年度部门收入预算共计 123412.34 万元。']]],
    ['an item numbered before a year is an item', ['（一）转移支付情况说明', '1.2026 年，根据办法安排。'], [['2 （一）转移支付情况说明', '2-2 1.2026 年，根据办法安排。']]],
    ['a page number and blank lines inside a sentence do not end it', ['一、部门情况说明', '北京市某局主要职责是贯彻落', '- 3 -', '', '实党中央的方针政策。'], [['1 一、部门情况说明', '2-5 北京市某局主要职责是贯彻落实党中央的方针政策。']]],
    ['a line that begins with closing punctuation continues the one above', ['一、部门情况说明', '设立北京市某委员会（简称某委）', '。', '某委是直属机构。'], [['1 一、部门情况说明', '2-3 设立北京市某委员会（简称某委）。', '4-4 某委是直属机构。']]],
    ['spaces between Chinese characters are justification', ['一、其他情况说明', '2026 年 北 京 市 某 局 机 关 运', '行经费预算 12.5 万元。'], [['1 一、其他情况说明', '2-3 2026 年北京市某局机关运行经费预算 12.5 万元。']]],
  ])('%s', (_, lines, expected) => {
    expect(outline(value(lines))).toEqual(expected);
  });
});

describe('headings', () => {
  it('reads parts, 一、 and （一） headings as sections of levels 0, 1 and 2, each with its kind', () => {
    const v = value(['第一部分', '', '2026年度部门预算情况说明', '', '一、部门情况说明', '（一）本部门职责情况', '北京市某局主管全市某项工', '作。', '（二）机构设置情况', '某局有 2 个预算单位。', '二、收入预算情况说明', '三、财政拨款“三公”经费预算情况说明', '四、名词解释', '第二部分', '2026 年度部门预算报表', '附件：某局 2026 年度部门预算报表']);
    expect(v.sections.map((s) => [s.line, s.endLine, s.level, s.kind, s.heading])).toEqual([
      [1, 3, 0, 'statement', '第一部分 2026年度部门预算情况说明'],
      [5, 5, 1, 'department', '一、部门情况说明'],
      [6, 6, 2, 'duties', '（一）本部门职责情况'],
      [9, 9, 2, 'organisation', '（二）机构设置情况'],
      [11, 11, 1, 'income', '二、收入预算情况说明'],
      [12, 12, 1, 'sangong', '三、财政拨款“三公”经费预算情况说明'],
      [13, 13, 1, 'glossary', '四、名词解释'],
      [14, 15, 0, 'tables', '第二部分 2026 年度部门预算报表'],
    ]);
    expect(v.sections.at(-1)!.paragraphs).toEqual([{ line: 16, endLine: 16, text: '附件：某局 2026 年度部门预算报表' }]);
  });

  it('a heading wrapped over two lines is one heading; a short heading line ends it', () => {
    const v = value(['一、其他情况说明', '（一）市对区专项转移支付项目绩', '效目标情况说明', '1.根据办法安排资金。', '（二）采购预算说明', '2026 年某局政府采购预算总额为', '12 万元。']);
    expect(v.sections.slice(1).map((s) => [s.heading, s.paragraphs.map((p) => p.text)])).toEqual([
      ['（一）市对区专项转移支付项目绩效目标情况说明', ['1.根据办法安排资金。']],
      ['（二）采购预算说明', ['2026 年某局政府采购预算总额为12 万元。']],
    ]);
  });

  it('a run-in heading (（一）基本支出。…) heads the text that follows it on its line', () => {
    const v = value(['一、支出预算情况说明', '（一）基本支出。基本支出预算', '25.5 万元，占 76.76%。', '（二）年终结转结余资金 0 万元。', '（三）', '公务用车购置和运行维护费。2026', '年预算数 6 万元。']);
    expect(v.sections.slice(1).map((s) => [s.line, s.heading, s.paragraphs])).toEqual([
      [2, '（一）基本支出', [{ line: 2, endLine: 3, text: '基本支出预算25.5 万元，占 76.76%。' }]],
      [4, '（二）年终结转结余资金 0 万元', []],
      [5, '（三）公务用车购置和运行维护费', [{ line: 5, endLine: 7, text: '2026年预算数 6 万元。' }]],
    ]);
  });

  it('text before the first heading is the front section', () => {
    const v = value(['北京市某局', '2026 部门预算情况的说明', '', '一、部门情况说明']);
    expect(v.sections[0]).toEqual({ line: 1, endLine: 0, level: 0, kind: 'front', heading: null, paragraphs: [{ line: 1, endLine: 2, text: '北京市某局2026 部门预算情况的说明' }] });
    expect(v.yearInText).toEqual({ year: 2026, line: 1 });
  });
});

const TOC = ['北京市某局 2026 年度部门预算信息公开', '目', '', '录', '', '第一部分 2026 年度部门预算情况说明', '一、部门情况说明', '二、收入预算情况说明', '第二部分 2026 年度部门预算报表', '一、收支总表', '二、收入总表', '- 1 -', '', '三、支出总表……………12', '', '- 2 -', '', '第一部分', '', '2026年度部门预算情况说明', '', '一、部门情况说明', '某局主管全市某项工作。', '二、收入预算情况说明', '收入预算 12 万元。'];

describe('the 目录', () => {
  it('is read with its parts and entries, the tables it announces kept apart; the body begins at the part printed again', () => {
    const v = value(TOC);
    expect(v.toc).toEqual({
      line: 2,
      endLine: 14,
      parts: [
        { line: 6, number: 1, title: '2026 年度部门预算情况说明', kind: 'statement', entries: [{ line: 7, number: 1, title: '部门情况说明' }, { line: 8, number: 2, title: '收入预算情况说明' }] },
        { line: 9, number: 2, title: '2026 年度部门预算报表', kind: 'tables', entries: [{ line: 10, number: 1, title: '收支总表' }, { line: 11, number: 2, title: '收入总表' }, { line: 14, number: 3, title: '支出总表' }] },
      ],
      tables: [{ line: 10, number: 1, title: '收支总表' }, { line: 11, number: 2, title: '收入总表' }, { line: 14, number: 3, title: '支出总表' }],
    });
    expect(v.pageNumbers).toEqual([12, 16]);
    expect(v.sections.map((s) => s.heading)).toEqual([null, '第一部分 2026年度部门预算情况说明', '一、部门情况说明', '二、收入预算情况说明']);
    expect(parse(TOC).issues).toEqual([]);
  });

  it('a section the 目录 lists but the text lacks is reported where the 目录 lists it', () => {
    expect(parse(TOC.slice(0, -2)).issues).toEqual([{ code: 'narrative-missing-section', severity: 'warning', file: 'n.txt', line: 8, message: 'expected the section “二、收入预算情况说明” that the 目录 lists, found no such heading' }]);
  });

  it('a text without a 目录 has none', () => {
    expect(value(['一、部门情况说明', '某局主管全市某项工作。']).toc).toBeNull();
  });
});

describe('figures', () => {
  it('a caption and the chart lettering before it are furniture, not prose', () => {
    const v = value(['一、收入预算情况说明', '2026 年度收入预算 12 万元，比上年增', '加 1 万元。', '收入预算', '0.48%', '', '其他收入', '图 1：收入预算', '二、支出预算情况说明']);
    expect(v.furniture.map((f) => [f.line, f.text, f.reason.split(' ')[1]])).toEqual([
      [4, '收入预算', 'lettering'],
      [5, '0.48%', 'lettering'],
      [7, '其他收入', 'lettering'],
      [8, '图 1：收入预算', 'caption'],
    ]);
    expect(v.sections[0]!.paragraphs.map((p) => p.text)).toEqual(['2026 年度收入预算 12 万元，比上年增加 1 万元。']);
  });
});

describe('issues', () => {
  it.each([
    ['headings out of sequence', ['一、部门情况说明', '三、支出预算情况说明'], [['narrative-order', 2, 'expected heading number 2 after 1, found 3: 三、支出预算情况说明']]],
    ['a （二） first', ['一、部门情况说明', '（二）机构设置情况'], [['narrative-order', 2, 'expected heading number 1 after the start of its section, found 2: （二）机构设置情况']]],
    ['no heading at all', ['某局的说明文字。'], [['narrative-no-sections', 1, 'expected headings 一、二、… (部门情况说明, 收入预算情况说明 …), found none; the text is shown as one section']]],
    ['another year in the title', ['北京市某局 2025 年度部门预算信息公开', '一、部门情况说明'], [['year-mismatch', 1, 'expected the 情况说明 of 2026 (the year its path names), found 2025 in its title']]],
  ])('%s', (_, lines, expected) => {
    expect(parse(lines).issues.map((i) => [i.code, i.line, i.message])).toEqual(expected);
  });

  it('an empty file is an error and no value', () => {
    const r = parseNarrative('', { file: 'n.txt', year: 2026 });
    expect(r.value).toBeNull();
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['empty-file', 'error']]);
  });
});

describe('line rules', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十三', 13],
    ['二十', 20],
    ['二十一', 21],
    ['十十', null],
    ['零', null],
  ])('chineseNumber(%s) = %s', (s, n) => expect(chineseNumber(s)).toBe(n));

  it.each([
    ['第二部分 报表', 'part', 2],
    ['十一、财政拨款政府购买服务明细表', 'l1', 11],
    ['(三)国有资产占用情况说明', 'l2', 3],
    ['12.职能转变。', 'item', null],
    ['12.23 万元', null, null],
    ['（京发〔2018〕31 号）', null, null],
    ['图 2：基本支出和项目支出情况', 'caption', null],
  ])('markerOf(%s)', (text, kind, number) => {
    const m = markerOf(text);
    expect(m ? [m.kind, m.number] : [null, null]).toEqual([kind, number]);
  });

  it.each([
    ['北 京 市', '北京市'],
    ['2026 年 北 京', '2026 年北京'],
    ['  a  b ', 'a b'],
    ['万 元 ， 降 低 2.29% ；', '万元，降低 2.29% ；'],
  ])('collapseSpaces(%s)', (s, out) => expect(collapseSpaces(s)).toBe(out));

  it.each([
    ['部门情况说明……3', '部门情况说明'],
    ['部门情况说明...12', '部门情况说明'],
    ['三公经费 2026', '三公经费 2026'],
  ])('withoutLeader(%s)', (s, out) => expect(withoutLeader(s)).toBe(out));
});
