import { toAsciiDigits } from '../model/money.ts';

/** One source line, cleaned of extraction residue and split into cells. */
export interface Row {
  line: number;
  raw: string;
  cells: string[];
  /** True when the line had no cell separator: a title, heading, note or paragraph. */
  plain: boolean;
  /** Markdown heading level (#, ##, …) if the line was one. */
  heading: number;
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// [^<>]: a tag never spans another "<", which keeps the scan linear on "<b<b<b…".
const TAG = /<\/?[a-zA-Z][^<>]*>/g;
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
// A CJK character or CJK punctuation: spaces next to one are PDF line-wrap artefacts.
const CJK = '[\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF“”‘’《》、，。：；！？（）【】]';

export function normalizeLine(raw: string, line: number): Row {
  if (NEEDS_REWRITE.test(raw)) return rewrittenLine(raw, line);
  // Nothing to strip and no spaces to clean: only the split remains.
  const cells = raw.split('\t');
  if (cells.length > 1) return { line, raw, cells, plain: false, heading: 0 };
  if (raw.includes('|') && /^\s*\|.*\|\s*$/.test(raw)) return { line, raw, cells: markdownCells(raw), plain: false, heading: 0 };
  return { line, raw, cells, plain: true, heading: 0 }; // cells is [raw]
}

// Any character that makes rewrittenLine do more than split: markup (< & # * _), the invisible
// characters, and whitespace other than tabs (\s spelled out without \t). One regex scan is
// cheaper than the general path's several includes() and tests, and most lines (tabs, digits,
// CJK) match none. Conservative: a lone "*" or "_" also takes the general path, which keeps it.
const NEEDS_REWRITE = /[<&#*_\u200B-\u200D\u2060\uFEFF\u00AD\n\v\f\r \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFF10-\uFF19]/;
const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/;

/**
 * A line as text: invisible characters dropped, NBSP and ideographic spaces as spaces, tags and
 * character references resolved, full-width digits in ASCII. Spaces stay where they are (a
 * free-text strip separates its cells with them).
 */
export function decodedText(raw: string): string {
  let s = /[\u200B-\u200D\u2060\uFEFF\u00AD\u00A0\u3000]/.test(raw) ? raw.replace(ZERO_WIDTH, '').replace(/[\u00A0\u3000]/g, ' ') : raw;
  if (s.includes('<')) s = s.replace(TAG, ' ');
  if (s.includes('&')) s = s.replace(/&(#?\w+);/g, (m, e: string) => ENTITIES[e] ?? characterReference(e) ?? m);
  // Full-width digits (２０，６２７．９４): codes and amounts in ASCII, with the separators
  // between digits; full-width punctuation elsewhere is the text's own and stays.
  if (FULL_WIDTH_DIGIT.test(s)) s = s.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/(?<=\d)[，．](?=\d)/g, (c) => (c === '，' ? ',' : '.'));
  return s;
}

/** The general path, for lines with markup, entities, spaces or invisible characters. */
function rewrittenLine(raw: string, line: number): Row {
  let s = decodedText(raw);
  let heading = 0;
  const h = s.includes('#') ? /^\s*(#{1,6})\s+/.exec(s) : null;
  if (h && !s.includes('\t')) {
    heading = h[1]!.length;
    s = s.slice(h[0].length);
  }
  // Markdown emphasis around text; a lone "__" is the document's own ("学生资助__退役士兵…").
  if (s.includes('**') || s.includes('__')) s = s.replace(/(\*\*|__)([^*_]*)\1/g, '$2').replace(/\*\*/g, '');
  let cells: string[];
  let plain = false;
  if (s.includes('\t')) cells = s.split('\t');
  else if (s.includes('|') && /^\s*\|.*\|\s*$/.test(s)) cells = markdownCells(s);
  else {
    cells = [s];
    plain = true;
  }
  // One test per line instead of per cell: most lines have no spaces besides the tabs.
  return { line, raw, cells: /[^\S\t]/.test(s) ? cells.map(cleanCell) : cells, plain, heading };
}

/** `#160` or `#xA0`: the character it names, as a space if it is one; undefined if it names none. */
function characterReference(e: string): string | undefined {
  const m = /^#(?:(\d{1,7})|[xX]([0-9a-fA-F]{1,6}))$/.exec(e);
  if (!m) return undefined;
  const code = m[1] !== undefined ? Number(m[1]) : parseInt(m[2]!, 16);
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
  const c = String.fromCodePoint(code);
  return /\s/.test(c) ? ' ' : /[\u200B-\u200D\u2060\uFEFF\u00AD]/.test(c) ? '' : c;
}

function markdownCells(s: string): string[] {
  const cells = s.trim().slice(1, -1).split('|');
  // A |---|---| separator row carries no data.
  return cells.every((c) => /^\s*:?-{2,}:?\s*$/.test(c)) ? [] : cells;
}

/**
 * Rejoins a cell that extraction broke with spaces: a space next to CJK text, between digits or
 * around a hyphen before a digit or CJK is a PDF line-wrap artefact; other runs become one space.
 * One pass over the cell's words (no backtracking regex), so a line of any length stays linear.
 */
export function cleanCell(cell: string): string {
  // Only whitespace is rewritten, and most cells have none.
  if (!/\s/.test(cell)) return cell;
  const parts: string[] = [];
  // The last two characters written, kept apart: indexing a string being built flattens it.
  let tail = '';
  for (const w of cell.split(/\s+/)) {
    if (w === '') continue;
    if (parts.length > 0 && !joinsWithoutSpace(tail, w)) parts.push(' ');
    parts.push(w);
    tail = w.length >= 2 ? w.slice(-2) : tail.slice(-1) + w;
  }
  return parts.join('');
}

const CJK_CHAR = new RegExp(CJK);
const isDigitChar = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isNumberChar = (c: string | undefined) => isDigitChar(c) || c === ',' || c === '.';
const isWide = (c: string | undefined) => c !== undefined && c.charCodeAt(0) > 0x7f;

function joinsWithoutSpace(before: string, word: string): boolean {
  const a = before[before.length - 1];
  const b = word[0];
  if ((a !== undefined && CJK_CHAR.test(a)) || (b !== undefined && CJK_CHAR.test(b))) return true;
  if ((isDigitChar(a) && isNumberChar(b)) || (isNumberChar(a) && isDigitChar(b))) return true;
  // "2010301 - 行政运行", "11000022T00 -0000438790": the hyphen joins what it links.
  if (b === '-') return isDigitChar(a) || isDigitChar(word[1]) || isWide(word[1]) || word.length === 1;
  if (a === '-') return isDigitChar(b) || isWide(b) || isDigitChar(before[before.length - 2]);
  return false;
}

/** Key for comparing labels: full-width forms and brackets folded, spaces gone. */
export function labelKey(s: string): string {
  // NFKC only changes compatibility forms; plain ASCII and CJK ideographs pass unchanged.
  if (/^[\x21-\x7E\u4E00-\u9FFF]*$/.test(s)) return s;
  return toAsciiDigits(s.normalize('NFKC')).replace(/\s+/g, '');
}

export function nonEmpty(cells: readonly string[]): string[] {
  return cells.filter((c) => c !== '');
}

/** Lines that only carry page furniture: page numbers, "续表", markdown rules. */
export function isFurniture(row: Row): boolean {
  if (row.cells.length === 0) return true;
  if (!row.plain) return false;
  const s = labelKey(row.cells[0] ?? '');
  return (
    /^[-—–~]*\d{1,4}[-—–~]*$/.test(s) ||
    /^第\d+页(,?共\d+页)?$/.test(s) ||
    /^\d+\/\d+$/.test(s) ||
    /^page\d+(of\d+)?$/i.test(s) ||
    /^(续表|续上表|[-=*_]{3,})$/.test(s)
  );
}

export function isBlank(row: Row): boolean {
  return row.cells.every((c) => c === '');
}

/** Width of a line in ems (a CJK character, fullwidth form or “” 1; a digit, letter or space ½), to tell a full line from a short one. */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) w += text.charCodeAt(i) >= 0x2000 ? 1 : 0.5;
  return w;
}
