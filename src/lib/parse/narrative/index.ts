import type { Explanation, NarrativeSection } from '../../model/schema.ts';
import { decode } from '../decode.ts';
import { issue, type Issue, type Result } from '../issues.ts';
import { readBlocks, type Block } from './blocks.ts';
import { squash } from './text.ts';
import { partKind, readToc } from './toc.ts';

export interface NarrativeMeta {
  /** Path shown in messages and links, relative to the repository. */
  file: string;
  /** The year its path names, checked against the year the text states. */
  year: number | null;
}

const LEVEL1_KINDS: [RegExp, string][] = [
  [/部门情况|部门概况|部门职责|单位情况/, 'department'],
  [/三公/, 'sangong'],
  [/收入/, 'income'],
  [/支出/, 'expenditure'],
  [/名词解释/, 'glossary'],
  [/其他/, 'other'],
];
const LEVEL2_KINDS: [RegExp, string][] = [
  [/职责|职能/, 'duties'],
  [/机构设置|机构情况|单位构成/, 'organisation'],
  [/政府采购/, 'procurement'],
  [/机关运行/, 'running-costs'],
  [/国有资产/, 'assets'],
  [/转移支付/, 'transfers'],
  [/绩效/, 'performance'],
];
const kindOf = (table: [RegExp, string][], heading: string) => table.find(([re]) => re.test(heading))?.[1] ?? 'section';

/** A heading as long as a line or two, without a full stop inside, is a heading; longer, it is text. */
const HEADING_CHARS = 40;
/** `（一）基本支出。基本支出预算…`: a short first sentence is the heading of the text it begins. */
const RUN_IN_CHARS = 24;

/**
 * The 情况说明 of a 部门预算 (its own file, `content/<dept>/<year>.narrative.txt`): the 目录, then
 * sections with their headings and paragraphs, each paragraph with the lines it was printed on.
 * Every line is in the 目录, a heading or paragraph, a page number or a figure caption.
 */
export function parseNarrative(input: Uint8Array | string, meta: NarrativeMeta): Result<Explanation | null> {
  const decoded = decode(typeof input === 'string' ? new TextEncoder().encode(input) : input, meta.file);
  const lines = decoded.value;
  if (!lines) return { value: null, issues: decoded.issues };
  const issues: Issue[] = [];
  const toc = readToc(lines);
  const ranges: [number, number][] = toc ? [[0, toc.toc.line - 1], [toc.toc.endLine, lines.length]] : [[0, lines.length]];
  const read = readBlocks(lines, ranges);
  const sections = sectionsOf(read.blocks);
  const value: Explanation = {
    file: meta.file,
    lineCount: lines.length,
    yearInText: null,
    toc: toc?.toc ?? null,
    sections,
    pageNumbers: [...(toc?.pageNumbers ?? []), ...read.pageNumbers].sort((a, b) => a - b),
    furniture: [
      ...read.captions.map((c) => ({ ...c, reason: 'figure caption (the figure is an image the text does not hold)' })),
      ...read.labels.map((c) => ({ ...c, reason: 'figure lettering (words and figures of a chart, extracted from its image)' })),
    ].sort((a, b) => a.line - b.line),
  };
  value.yearInText = statedYear(value);
  if (meta.year !== null && value.yearInText && value.yearInText.year !== meta.year) {
    issues.push(issue('year-mismatch', meta.file, value.yearInText.line, `expected the 情况说明 of ${meta.year} (the year its path names), found ${value.yearInText.year} in its title`));
  }
  if (!sections.some((s) => s.level === 1)) issues.push(issue('narrative-no-sections', meta.file, 1, 'expected headings 一、二、… (部门情况说明, 收入预算情况说明 …), found none; the text is shown as one section'));
  issues.push(...orderIssues(read.blocks, meta.file), ...missingSections(value, meta.file));
  return { value, issues };
}

function sectionsOf(blocks: readonly Block[]): NarrativeSection[] {
  const sections: NarrativeSection[] = [];
  let current: NarrativeSection | null = null;
  for (const b of blocks) {
    const m = b.marker;
    if (m && (m.kind === 'part' || m.kind === 'l1' || m.kind === 'l2')) {
      const { heading, text } = m.kind === 'part' ? { heading: b.text, text: null } : splitHeading(b.text);
      const level = m.kind === 'part' ? 0 : m.kind === 'l1' ? 1 : 2;
      const kind = m.kind === 'part' ? partKind(b.text) : kindOf(m.kind === 'l1' ? LEVEL1_KINDS : LEVEL2_KINDS, heading ?? b.text);
      current = { line: b.line, endLine: b.endLine, level, kind, heading, paragraphs: text ? [{ line: b.line, endLine: b.endLine, text }] : [] };
      sections.push(current);
      continue;
    }
    if (!current) {
      current = { line: b.line, endLine: b.line - 1, level: 0, kind: 'front', heading: null, paragraphs: [] };
      sections.push(current);
    }
    current.paragraphs.push({ line: b.line, endLine: b.endLine, text: b.text });
  }
  return sections;
}

/** A numbered paragraph's heading, and the text after it when the heading is run in (`（一）基本支出。基本支出预算…`). */
export function splitHeading(text: string): { heading: string | null; text: string | null } {
  const stop = text.indexOf('。');
  if ((stop < 0 || stop === text.length - 1) && text.length <= HEADING_CHARS) return { heading: stop < 0 ? text : text.slice(0, -1), text: null };
  if (stop > 0 && stop <= RUN_IN_CHARS) return { heading: text.slice(0, stop), text: text.slice(stop + 1) || null };
  return { heading: null, text };
}

/** Headings numbered out of sequence (一、三、, or （二） first) are a sign of a lost section. */
function orderIssues(blocks: readonly Block[], file: string): Issue[] {
  const out: Issue[] = [];
  let l1 = 0;
  let l2 = 0;
  for (const b of blocks) {
    const m = b.marker;
    if (m?.kind === 'part') l1 = l2 = 0;
    else if (m?.kind === 'l1' || m?.kind === 'l2') {
      const last = m.kind === 'l1' ? l1 : l2;
      if (m.number !== last + 1) out.push(issue('narrative-order', file, b.line, `expected heading number ${last + 1} after ${last || 'the start of its section'}, found ${m.number}: ${b.text.slice(0, 30)}`));
      if (m.kind === 'l1') {
        l1 = m.number!;
        l2 = 0;
      } else l2 = m.number!;
    }
  }
  return out;
}

/** The 目录's 情况说明 part lists the sections the text must have: one it lists but the text lacks was lost (a cut file). */
function missingSections(value: Explanation, file: string): Issue[] {
  const part = value.toc?.parts.find((p) => p.kind === 'statement') ?? value.toc?.parts.find((p) => p.kind !== 'tables');
  if (!part) return [];
  const have = new Set(value.sections.filter((s) => s.level === 1 && s.heading).map((s) => squash(s.heading!)));
  return part.entries
    .filter((e) => !have.has(squash(`${numeral(e.number!)}、${e.title}`)))
    .map((e) => issue('narrative-missing-section', file, e.line, `expected the section “${numeral(e.number!)}、${e.title}” that the 目录 lists, found no such heading`));
}

function numeral(n: number): string {
  const d = '〇一二三四五六七八九';
  if (n < 10) return d[n]!;
  return `${n >= 20 ? d[Math.floor(n / 10)] : ''}十${n % 10 ? d[n % 10] : ''}`;
}

/** The year the title states: `2026 年度部门预算信息公开`, `第一部分 2026 年度部门预算情况说明`. */
function statedYear(value: Explanation): Explanation['yearInText'] {
  const texts = [
    ...value.sections.filter((s) => s.kind === 'front').flatMap((s) => s.paragraphs),
    ...(value.toc?.parts ?? []).map((p) => ({ line: p.line, text: p.title })),
    ...value.sections.filter((s) => s.level === 0 && s.heading).map((s) => ({ line: s.line, text: s.heading! })),
  ];
  for (const t of texts) {
    const m = /(\d{4})\s*年?度?\s*部门预算/.exec(t.text);
    if (m) return { year: Number(m[1]), line: t.line };
  }
  return null;
}
