import { kindOfTitle, type TableKind } from './kinds.ts';
import { isBlank, isFurniture, labelKey, type Row } from './normalize.ts';

export interface TableSection {
  type: 'table';
  kind: TableKind;
  title: string;
  line: number;
  /** Rows after the title up to the next section. */
  rows: Row[];
  /** Lines where the same title was printed again (continuation pages). */
  repeats: number[];
}
export interface ProseSection {
  type: 'prose';
  heading: string | null;
  line: number;
  rows: Row[];
}
export type Section = TableSection | ProseSection;

// "预算01表 收支总表", "预算表12 …", "预算 03 表 …", "预算14表-1 …": numbering differs between documents.
const NUMBERED_TITLE = /^预算(?:\d+表(?:-\d+)?|表\d+(?:-\d+)?)(.*)$/;
// The same, inside a line that a page break joined to a cell fragment: "…应急结 预算12表 项目支出绩效目标表".
const NUMBERED_TITLE_INSIDE = /\s预算(?:\d+表(?:-\d+)?|表\d+(?:-\d+)?)\s*\S.*$/;
const ORDINAL_HEADING = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])/;
// A note under a table ("注：本部门…没有…支出") names a kind of table without being its title.
const NOTE = /^注[:：]/;
const CONTINUED = /[(（]续(?:表)?[)）]$/;
// Every numbered title ends so ("…总表", "…目标表（续）"): one that does not was wrapped.
const TITLE_END = /表(?:[(（]续(?:表)?[)）])?$/;
// Lines that follow a title but are never part of it.
const TITLE_NEIGHBOUR = /^金额单位|^部门(\(单位\))?名称|^\(\d{4}年度\)$/;

/**
 * Splits a document into table sections (by title) and prose sections (by heading). A title
 * printed again on a continuation page (identical, or with （续）) continues the table it names.
 */
export function segment(rows: readonly Row[]): Section[] {
  const sections: Section[] = [];
  let current: Section = { type: 'prose', heading: null, line: 1, rows: [] };
  const push = (s: Section) => {
    if (current.rows.length > 0 || current.type === 'table' || current.heading !== null) sections.push(current);
    current = s;
  };
  let skipUntil = -1;
  rows.forEach((row, i) => {
    if (i <= skipUntil) return;
    const title = tableTitle(rows, i);
    if (title) {
      skipUntil = title.through ?? -1;
      if (title.before) current.rows.push(title.before);
      const same = lastTable(sections, current);
      if (same && same.kind === title.kind && same.kind !== 'transfer' && titleKey(same.title) === titleKey(title.text)) {
        // A continuation page: its rows go on in the table the title names.
        same.repeats.push(row.line);
        if (same !== current) {
          same.rows.push(...current.rows);
          sections.pop();
          current = same;
        }
        return;
      }
      return push({ type: 'table', kind: title.kind, title: title.text, line: row.line, rows: [], repeats: [] });
    }
    if (isHeading(row)) return push({ type: 'prose', heading: row.cells[0] ?? '', line: row.line, rows: [] });
    current.rows.push(row);
  });
  push({ type: 'prose', heading: null, line: 0, rows: [] });
  return sections;
}

/** The table being read: the current section, or the one just before a run of blank prose. */
function lastTable(sections: readonly Section[], current: Section): TableSection | null {
  if (current.type === 'table') return current;
  if (current.heading !== null || current.rows.some((r) => !isBlank(r))) return null;
  const prev = sections[sections.length - 1];
  return prev?.type === 'table' ? prev : null;
}

function titleKey(title: string): string {
  return labelKey(title).replace(CONTINUED, '');
}

interface Title {
  kind: TableKind;
  text: string;
  /** Text printed before the title on the same line (a cell fragment of the table before). */
  before?: Row;
  /** Index of the last row the title takes, when it was wrapped onto the lines after it. */
  through?: number;
}

/** The single non-empty cell of a row: titles are drawn alone, sometimes inside the table frame. */
function soleCell(row: Row): string | null {
  let text: string | null = null;
  for (const c of row.cells) {
    if (c === '') continue;
    if (text !== null) return null;
    text = c;
  }
  return text;
}

function tableTitle(rows: readonly Row[], i: number): Title | null {
  const row = rows[i]!;
  const cell = soleCell(row);
  if (cell === null) return null;
  const text = cell.trim();
  const key = labelKey(text);
  const numbered = NUMBERED_TITLE.exec(key);
  if (numbered) {
    const wrapped = TITLE_END.test(key) ? null : wrappedTitle(rows, i, text);
    if (wrapped) {
      const kind = kindOfTitle(labelKey(wrapped.text).replace(NUMBERED_TITLE, '$1'));
      if (kind) return { kind, text: wrapped.text, through: wrapped.through };
    }
    const kind = kindOfTitle(numbered[1]!);
    return kind ? { kind, text } : null;
  }
  if (row.plain) {
    const inside = NUMBERED_TITLE_INSIDE.exec(text);
    if (inside && inside.index > 0) {
      const kind = kindOfTitle(labelKey(inside[0]).replace(NUMBERED_TITLE, '$1'));
      if (kind) return { kind, text: inside[0].trim(), before: { ...row, cells: [text.slice(0, inside.index).trim()] } };
    }
  }
  const kind = kindOfTitle(key);
  if (!kind) return null;
  // An unnumbered title counts only where a table follows (a table of contents has none).
  if (key.length > 60 || ORDINAL_HEADING.test(key) || /^\d+\./.test(key) || NOTE.test(key)) return null;
  // The first line after it that is neither blank nor page furniture (a page number may come between).
  for (let j = i + 1; j < rows.length; j++) {
    const next = rows[j]!;
    if (isBlank(next) || isFurniture(next)) continue;
    const k = labelKey(soleCell(next) ?? next.cells[0] ?? '');
    // What follows is the next table, not this one's rows: "注：本部门没有…政府性基金…的支出".
    if (NUMBERED_TITLE.test(k)) return null;
    if (TITLE_NEIGHBOUR.test(k)) return { kind, text };
    if (!next.plain) return { kind, text };
    return null;
  }
  return null;
}

/**
 * A numbered title that does not end as titles do, continued on the next one or two lines, each
 * a lone text line ("预算05表 一般公共预算财政拨款支" / "出表"): the joined text, if it then ends so.
 */
function wrappedTitle(rows: readonly Row[], i: number, text: string): { text: string; through: number } | null {
  let joined = text;
  let taken = 0;
  for (let j = i + 1; j < rows.length && j <= i + 6 && taken < 2; j++) {
    const row = rows[j]!;
    if (isBlank(row)) continue;
    const cell = soleCell(row);
    if (cell === null || TITLE_NEIGHBOUR.test(labelKey(cell)) || NUMBERED_TITLE.test(labelKey(cell))) return null;
    joined += cell.trim();
    taken++;
    if (TITLE_END.test(labelKey(joined))) return { text: joined, through: j };
  }
  return null;
}

function isHeading(row: Row): boolean {
  if (!row.plain) return false;
  if (row.heading > 0) return true;
  const key = labelKey(row.cells[0] ?? '');
  return ORDINAL_HEADING.test(key) && key.length <= 40 && !/[。;；]$/.test(key);
}
