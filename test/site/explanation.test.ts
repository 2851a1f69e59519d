// The 情况说明 as the budget page shows it: parts by 一、 heading with their （一） sections, and
// the contents entries that link to them.
import { describe, expect, it } from 'vitest';
import { parseNarrative } from '../../src/lib/parse/narrative/index.ts';
import { budgetContents } from '../../src/lib/site/budget.ts';
import { explanationParts, FOLD_CHARS } from '../../src/lib/site/explanation.ts';
import type { DocumentJson } from '../../src/lib/model/schema.ts';

const explanation = (lines: string[]) => parseNarrative(lines.join('\n'), { file: 'n.txt', year: 2026 }).value!;

describe('explanationParts', () => {
  it('one part per 一、 heading with its （一） sections; the cover and the 报表 part stay on the source page', () => {
    const parts = explanationParts(
      explanation(['北京市某局 2026 年度部门预算信息公开', '第一部分', '2026年度部门预算情况说明', '一、部门情况说明', '（一）本部门职责情况', '某局主管某项工作。', '（二）机构设置情况', '某局有 2 个预算单位。', '二、收入预算情况说明', '收入预算 12 万元。', '第二部分', '2026 年度部门预算报表', '附件：某局 2026 年度部门预算报表']),
    );
    expect(parts).toEqual([
      {
        id: 'explanation-1',
        heading: '一、部门情况说明',
        label: '部门情况',
        kind: 'department',
        paragraphs: [],
        subsections: [
          { heading: '（一）本部门职责情况', kind: 'duties', paragraphs: [{ line: 6, endLine: 6, text: '某局主管某项工作。' }] },
          { heading: '（二）机构设置情况', kind: 'organisation', paragraphs: [{ line: 8, endLine: 8, text: '某局有 2 个预算单位。' }] },
        ],
        length: 21,
      },
      { id: 'explanation-2', heading: '二、收入预算情况说明', label: '收入预算情况', kind: 'income', paragraphs: [{ line: 10, endLine: 10, text: '收入预算 12 万元。' }], subsections: [], length: 11 },
    ]);
  });

  it('a text without headings is shown whole, as one part', () => {
    expect(explanationParts(explanation(['某局的说明文字。', '第二段。'])).map((p) => [p.label, p.paragraphs.length])).toEqual([['全文', 2]]);
  });

  it('counts a part’s characters, so that a long one starts folded', () => {
    const long = '某'.repeat(FOLD_CHARS) + '。';
    expect(explanationParts(explanation(['一、部门情况说明', long]))[0]!.length).toBe(FOLD_CHARS + 1);
  });
});

describe('budgetContents', () => {
  const doc = { sangong: null, procurement: null, purchaseServices: null, projects: [] } as unknown as DocumentJson;
  it('lists the 情况说明 with its parts after the figures', () => {
    const has = { functionTrees: true, economicTrees: false, projectTree: false, narrative: false };
    expect(budgetContents(doc, { ...has, explanation: [{ id: 'explanation-1', label: '部门情况' }] })).toEqual([
      { id: 'summary', label: '收支总览' },
      { id: 'findings', label: '明细与合计核对' },
      { id: 'by-function', label: '钱花在哪里（功能分类）' },
      { id: 'explanation', label: '部门预算情况说明', children: [{ id: 'explanation-1', label: '部门情况' }] },
    ]);
    expect(budgetContents(doc, { ...has, explanation: [] }).map((e) => e.id)).not.toContain('explanation');
  });
});
