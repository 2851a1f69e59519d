import { Decimal, moneyOrNull as dec } from '../model/money.ts';
import type { FindingJson } from '../model/schema.ts';
import { groupDigits, share } from '../viz/format.ts';

/**
 * What a finding means for a reader. Most findings are a document that prints a total and
 * itemises only part of it: not an error, and never worded as one. The rest are figures that
 * should agree and do not, or differences within the rounding of the printed digits.
 */
export type FindingKind = 'not-itemised' | 'mismatch' | 'rounding';

/** A piece of a sentence: words, or an amount (万元, decimal string) shown at reading precision. */
export type Phrase = string | { amount: string; line?: number | null };

export interface FindingView {
  kind: FindingKind;
  /** The plain sentence, first: what it means. */
  plain: Phrase[];
  /** The accounting detail, exact to the printed digit: what was printed and what the rows add up to. */
  detail: string;
  /** How much of the total is not itemised / the difference, as a share of the printed figure. */
  gap: Decimal;
  finding: FindingJson;
}


/** 合计行「基本支出」 → 基本支出: the column a rows-vs-total finding checked. */
function columnOf(label: string): string | null {
  const m = /「(.+)」/.exec(label);
  return m ? m[1]! : null;
}

/** Columns whose check is the table's own total, so the sentence names the table alone. */
const TOTAL_COLUMNS = new Set(['合计', '金额', '项目总额']);

/** Project totals checked against a list of projects: a shorter list is a list not given in full. */
const PROJECT_LISTS = new Set(['支出总表 / 项目支出绩效目标表', '支出总表 / 项目支出表']);

/** "22 个项目加总" → "22 个项目": the computed side named as what it adds up. */
const withoutSum = (label: string) => label.replace(/加总$/, '');

export function explainFinding(f: FindingJson): FindingView {
  const stated = dec(f.stated.value);
  const computed = dec(f.computed.value);
  const difference = new Decimal(f.difference);
  const gap = difference.abs();
  const positive = difference.gt(0);
  const pct = share(gap, stated ?? computed) ?? '—';
  const S: Phrase = { amount: f.stated.value ?? '0', line: f.stated.line };
  const C: Phrase = { amount: f.computed.value ?? '0', line: f.computed.line };
  const G: Phrase = { amount: gap.toFixed() };
  const detail = detailText(f);
  const view = (kind: FindingKind, plain: Phrase[]): FindingView => ({ kind, plain, detail, gap, finding: f });

  if (f.rounding) return view('rounding', [`${f.table}：`, `${f.stated.label}与${withoutSum(f.computed.label)}相差 `, G, '，在原文印刷位数的四舍五入范围内，不是错误。']);

  switch (f.code) {
    case 'rows-vs-total': {
      const column = columnOf(f.stated.label);
      const subject = column && !TOTAL_COLUMNS.has(column) ? `这份预算的${f.table}中，“${column}”一栏` : `这份预算的${f.table}`;
      return positive
        ? view('not-itemised', [`${subject}只列出了 `, C, '的明细，另有 ', G, `（${pct}）原文只印了合计。`])
        : view('mismatch', [`${subject}的明细各行加起来是 `, C, '，比原文所印的合计 ', S, '还多 ', G, '：明细与合计对不上。']);
    }
    case 'items-vs-total':
      return positive
        ? view('not-itemised', [`这份预算的${f.table}中，${f.stated.label}为 `, S, '，其中 ', G, `（${pct}）没有分列到${withoutSum(f.computed.label)}，原文只印了合计。`])
        : view('mismatch', [`这份预算的${f.table}中，${withoutSum(f.computed.label)}是 `, C, `，比${f.stated.label} `, S, '还多 ', G, '：明细与合计对不上。']);
    case 'table-vs-table':
      if (PROJECT_LISTS.has(f.table) && positive)
        return view('not-itemised', ['这份预算的项目支出共 ', S, `，但${withoutSum(f.computed.label)}只有 `, C, '；另有 ', G, `（${pct}）原文没有逐个列出是哪些项目。`]);
      return view('mismatch', [`两张表应当相同的总数印得不一样：${f.stated.label}为 `, S, `，${f.computed.label}为 `, C, '，相差 ', G, '。']);
    case 'parts-vs-total':
      return view('mismatch', [`${f.table}中，${f.stated.label}印为 `, S, `，而${withoutSum(f.computed.label)}是 `, C, '，相差 ', G, '。']);
    case 'unit-vs-department':
    case 'unit-projects-missing':
      return view('mismatch', ['本单位自己的预算与所属部门预算中的本单位部分对不上：', `${f.stated.label}为 `, S, `，${f.computed.label}为 `, C, '。']);
    default:
      return view('mismatch', [`${f.table}中，${f.stated.label}为 `, S, `，${withoutSum(f.computed.label)}为 `, C, '，两者应当相等，相差 ', G, '。']);
  }
}

/** The figures exactly as printed and computed: the accounting detail behind the sentence. */
function detailText(f: FindingJson): string {
  const v = (s: string | null) => (s === null ? '空' : `${groupDigits(s)} 万元`);
  const d = groupDigits(f.difference.replace(/^-/, ''));
  return `${f.table}：${f.stated.label}印为 ${v(f.stated.value)}；${f.computed.label}为 ${v(f.computed.value)}；差额 ${d} 万元${f.rounding ? '（在印刷位数的四舍五入范围内）' : ''}。`;
}

/** The groups the budget page shows, in this order, with their headings. */
const FINDING_GROUPS: readonly { kind: FindingKind; heading: string; intro: string }[] = [
  { kind: 'not-itemised', heading: '只印了合计、没有列出全部明细的金额', intro: '原文印出了合计，但只把其中一部分分到了明细。这不是计算错误，而是原文公开的明细不全；这部分钱在结构图中显示为灰色“未列明”。' },
  { kind: 'mismatch', heading: '数字对不上的地方', intro: '两个应当相等的数字，原文印得不一样。' },
  { kind: 'rounding', heading: '四舍五入造成的小差额', intro: '差额小于原文所印最后一位的一半，是四舍五入造成的，不是错误。' },
];

/** Findings grouped for the page, the largest difference first within each group. */
export function groupFindings(findings: readonly FindingJson[]): { kind: FindingKind; heading: string; intro: string; items: FindingView[] }[] {
  const views = findings.map(explainFinding);
  return FINDING_GROUPS.map((g) => ({ ...g, items: views.filter((v) => v.kind === g.kind).sort((a, b) => b.gap.comparedTo(a.gap)) })).filter((g) => g.items.length > 0);
}

/** One sentence for the top of the section: how many of each kind. */
export function findingsOverview(findings: readonly FindingJson[]): string {
  if (!findings.length) return '本文档各表的合计与明细、各表之间应当相同的总数都一致。';
  const count = (k: FindingKind) => findings.map(explainFinding).filter((v) => v.kind === k).length;
  const parts = [
    count('not-itemised') && `${count('not-itemised')} 处原文只印了合计、没有列出全部明细（不是错误）`,
    count('mismatch') && `${count('mismatch')} 处数字彼此对不上`,
    count('rounding') && `${count('rounding')} 处差额只在四舍五入范围内`,
  ].filter(Boolean);
  return `本站核对了这份预算各表的明细与合计：${parts.join('；')}。`;
}
