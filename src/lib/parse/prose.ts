import type { BudgetDocument } from '../model/schema.ts';
import { isBlank, isFurniture, labelKey } from './normalize.ts';
import type { ProseSection, Section } from './segment.ts';
import type { TableContext } from './tables/context.ts';

const KINDS: [RegExp, string][] = [
  [/目录/, 'toc'],
  [/部门概况|主要职能|单位构成|机构设置/, 'overview'],
  [/情况说明|说明$/, 'explanation'],
  [/名词解释/, 'glossary'],
];

/** Narrative text outside the tables: 部门概况, 情况说明, 名词解释, the cover. */
export function proseSection(section: ProseSection): BudgetDocument['narrative'][number] | null {
  const paragraphs = section.rows
    .filter((r) => !isBlank(r) && !isFurniture(r))
    .map((r) => ({ line: r.line, text: r.cells.filter((c) => c !== '').join(' ') }));
  if (paragraphs.length === 0 && section.heading === null) return null;
  const key = labelKey(section.heading ?? '');
  const kind = section.heading === null ? 'front' : (KINDS.find(([re]) => re.test(key))?.[1] ?? 'section');
  return { line: section.line, kind, heading: section.heading, paragraphs };
}

/**
 * The budget year as the text states it: a "(2026年度)" line, a "2024年…部门预算" cover or
 * table title, or else the latest year of the “三公” table. Null when the text never says.
 */
export function yearInText(sections: readonly Section[], contexts: readonly TableContext[], doc: BudgetDocument) {
  const stated = contexts.find((c) => c.year)?.year;
  if (stated) return stated;
  for (const s of sections) {
    const rows = s.type === 'table' ? [] : s.rows.filter((r) => !isBlank(r)).slice(0, 3);
    const texts = s.type === 'table' ? [{ line: s.line, text: s.title }] : rows.length ? [{ line: rows[0]!.line, text: rows.map((r) => r.cells.join('')).join('') }] : [];
    for (const t of texts) {
      const m = /^(\d{4})年.*(部门预算|部门\(单位\)|预算表?$)/.exec(labelKey(t.text).replace(/^预算(\d+表|表\d+)/, ''));
      if (m) return { year: Number(m[1]), line: t.line };
    }
  }
  const years = doc.sangong?.years.filter((y) => y.year !== null) ?? [];
  const latest = years.reduce<(typeof years)[number] | null>((a, y) => (!a || y.year! > a.year! ? y : a), null);
  return latest ? { year: latest.year!, line: latest.line } : null;
}
