import { kindOfTitle, type TableKind } from './kinds.ts';
import { isBlank, isFurniture, labelKey, type Row } from './normalize.ts';

export interface TableSection {
  type: 'table';
  kind: TableKind;
  title: string;
  line: number;
  /** Rows after the title up to the next section. */
  rows: Row[];
}
export interface ProseSection {
  type: 'prose';
  heading: string | null;
  line: number;
  rows: Row[];
}
export type Section = TableSection | ProseSection;

// "预算01表 收支总表", "预算表12 …", "预算 03 表 …": the numbering differs between documents.
const NUMBERED_TITLE = /^预算(?:\d+表|表\d+)(.*)$/;
const ORDINAL_HEADING = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;

/** Splits a document into table sections (by title) and prose sections (by heading). */
export function segment(rows: readonly Row[]): Section[] {
  const sections: Section[] = [];
  let current: Section = { type: 'prose', heading: null, line: 1, rows: [] };
  const push = (s: Section) => {
    if (current.rows.length > 0 || current.type === 'table' || current.heading !== null) sections.push(current);
    current = s;
  };
  rows.forEach((row, i) => {
    const title = tableTitle(rows, i);
    if (title) return push({ type: 'table', kind: title.kind, title: title.text, line: row.line, rows: [] });
    if (isHeading(row)) return push({ type: 'prose', heading: row.cells[0] ?? '', line: row.line, rows: [] });
    current.rows.push(row);
  });
  push({ type: 'prose', heading: null, line: 0, rows: [] });
  return sections;
}

function tableTitle(rows: readonly Row[], i: number): { kind: TableKind; text: string } | null {
  const row = rows[i]!;
  if (!row.plain) return null;
  const text = row.cells[0] ?? '';
  if (text === '') return null; // Blank lines are common and name no kind of table.
  const key = labelKey(text);
  const numbered = NUMBERED_TITLE.exec(key);
  const kind = kindOfTitle(numbered ? numbered[1]! : key);
  if (!kind) return null;
  if (numbered) return { kind, text };
  // An unnumbered title counts only where a table follows (a table of contents has none).
  if (key.length > 60 || ORDINAL_HEADING.test(key) || /^\d+\./.test(key)) return null;
  for (const next of rows.slice(i + 1, i + 6)) {
    if (isBlank(next) || isFurniture(next)) continue;
    const k = labelKey(next.cells[0] ?? '');
    if (/^金额单位|^部门(\(单位\))?名称|^\(\d{4}年度\)$/.test(k)) return { kind, text };
    if (!next.plain) return { kind, text };
    return null;
  }
  return null;
}

function isHeading(row: Row): boolean {
  if (!row.plain) return false;
  if (row.heading > 0) return true;
  const key = labelKey(row.cells[0] ?? '');
  return ORDINAL_HEADING.test(key) && key.length <= 40 && !/[。;；]$/.test(key);
}
