// Tables found whatever the layout around their titles, and rows that must never fall into text.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse/document.ts';
import { formatIssue } from '../../src/lib/parse/issues.ts';

const read = (lines: string[]) => parseDocument(lines.join('\n'), { file: 't.txt', department: null, year: null });
const SUMMARY = ['金额单位：万元', '收 入\t\t支 出\t', '项 目\t预算数\t项 目\t预算数', '一、一般公共预算拨款收入\t10.5\t一、一般公共服务支出\t10.5', '本年收入合计\t10.5\t本年支出合计\t10.5', '上年结转结余\t2\t年终结转结余\t2', '收入总计\t12.5\t支出总计\t12.5'];

describe('a numbered title wrapped over two lines', () => {
  it.each([
    ['预算01表 收', '支总表'],
    ['预算01表 收支总', '表'],
    ['预算表01 收支', '总表'],
    ['\t预算01表 收支', '\t总表\t'],
  ])('%j + %j is one title', (first, second) => {
    const r = read([first, second, '', ...SUMMARY]);
    const doc = r.value!;
    expect(doc.tables.map((t) => [t.kind, t.line])).toEqual([['summary', 1]]);
    expect([doc.summary!.incomeTotal?.toFixed(), doc.unplaced]).toEqual(['12.5', []]);
  });

  it('a title that ends as titles do takes nothing from the next line', () => {
    const doc = read(['预算01表 收支总表', '（2026年度）', ...SUMMARY]).value!;
    expect([doc.tables[0]!.title, doc.yearInText?.year]).toEqual(['预算01表收支总表', 2026]);
  });

  it('is never completed with its 金额单位 line', () => {
    const r = read(['预算01表 收支', ...SUMMARY]);
    expect(r.issues.map(formatIssue)).toEqual(['t.txt:1: error [no-tables] expected at least one budget table with a title such as "预算01表 收支总表", found none']);
  });
});

describe('a 收支总表 drawn inside a frame of two empty columns', () => {
  it('reads the 上年结转结余 as income, by the header’s 支出 column', () => {
    const framed = SUMMARY.map((l) => (l.includes('\t') ? `\t\t${l}` : l));
    const s = read(['\t\t预算01表 收支总表', ...framed]).value!.summary!;
    expect([s.carryOver?.toFixed(), s.carryForward?.toFixed(), s.incomeTotal?.toFixed()]).toEqual(['2', '2', '12.5']);
  });
});

describe('a note under a table is not the next table’s title', () => {
  it('"注：本部门没有…政府性基金…支出" before a framed title', () => {
    const r = read(['预算01表 收支总表', ...SUMMARY, '', '注：本部门2024年没有使用政府性基金预算拨款安排的支出', '', '\t预算08表 国有资本经营预算财政拨款支出表', '金额单位：万元', '科目\t合计', '合 计\t']);
    expect(r.value!.tables.map((t) => t.kind)).toEqual(['summary', 'stateCapital']);
  });
});

describe('an unnumbered title', () => {
  it('is found with a page number between it and its table', () => {
    const doc = read(['预算01表 收支总表', ...SUMMARY, '', '北京市某某专项转移支付绩效目标表', '', '- 12 -', '', '第 12 页', '', '金额单位：万元', '项目名称\t某某专项', '预算金额\t1.5']).value!;
    expect(doc.tables.map((t) => [t.kind, t.line])).toEqual([['summary', 1], ['transfer', 10]]);
  });
});

describe('rows of a table under a heading', () => {
  it('are lines no table read: an error names each one', () => {
    const r = read(['预算01表 收支总表', ...SUMMARY, '## 二、部门预算情况说明', '2010301-行政运行\t30201-办公费\t1.000000\t1.000000', '\t\t\t\t\t产出指标\t数量指标\t巡察党组织数量\t≥\t6\t个', '一、部门概况 .....\t1']);
    expect(r.issues.filter((i) => i.code === 'unplaced-line').map(formatIssue)).toEqual([
      't.txt:10: error [unplaced-line] expected every line to be read, found one that is not: a table row outside every table, in the text after 「二、部门预算情况说明」 (line 9): its table\'s title lost?: "2010301-行政运行\t30201-办公费\t1.000000\t1.000000"',
      't.txt:11: error [unplaced-line] expected every line to be read, found one that is not: a table row outside every table, in the text after 「二、部门预算情况说明」 (line 9): its table\'s title lost?: "产出指标\t数量指标\t巡察党组织数量\t≥\t6\t个"',
    ]);
  });
});
