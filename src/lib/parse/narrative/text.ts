/**
 * Line-level rules of a 情况说明 as extracted from its PDF: hard-wrapped prose, page numbers on
 * their own line, headings marked `第一部分`, `一、`, `（一）`, numbered items `1.` and `（1）`.
 * Every rule here is an anchored regex without nested quantifiers or a single scan: linear on
 * any line (test/parse/linear-time.test.ts).
 */

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 as a number; null for anything else. */
export function chineseNumber(s: string): number | null {
  const ten = s.indexOf('十');
  if (ten < 0) return s.length === 1 ? DIGITS[s] || null : null;
  if (ten > 1 || s.length - ten > 2 || s.indexOf('十', ten + 1) >= 0) return null;
  const tens = ten === 0 ? 1 : DIGITS[s[0]!];
  const ones = ten === s.length - 1 ? 0 : DIGITS[s[ten + 1]!];
  return tens === undefined || ones === undefined || tens === 0 ? null : tens * 10 + ones;
}

export type MarkerKind = 'part' | 'l1' | 'l2' | 'item' | 'caption';
export interface Marker {
  kind: MarkerKind;
  /** The heading's number (第二部分 → 2, 三、 → 3, （四） → 4); null for items and captions. */
  number: number | null;
  /** The line after the marker. */
  rest: string;
}

const PART = /^第([一二三四五六七八九十]{1,3})部分/;
const L1 = /^([一二三四五六七八九十]{1,3})、/;
const L2 = /^[（(]([一二三四五六七八九十]{1,3})[）)]/;
// `1.` then text, or a year (`1.2026 年，根据…`); `12.23 万元` is a wrapped amount, not an item.
const ITEM = /^(?:\d{1,2}[.．、](?=[^\d]|\d{4}\s*年)|[（(]\d{1,2}[）)])/;
// A figure's caption: the figure itself is an image the text does not hold.
const CAPTION = /^图\s*\d{1,3}\s*[：:]/;

/** The heading or item marker a trimmed line starts with, if any. */
export function markerOf(text: string): Marker | null {
  for (const [kind, re] of [['part', PART], ['l1', L1], ['l2', L2]] as const) {
    const m = re.exec(text);
    if (m) {
      const number = chineseNumber(m[1]!);
      if (number !== null) return { kind, number, rest: text.slice(m[0].length) };
    }
  }
  const item = ITEM.exec(text);
  if (item) return { kind: 'item', number: null, rest: text.slice(item[0].length) };
  if (CAPTION.test(text)) return { kind: 'caption', number: null, rest: text };
  return null;
}

/** `- 3 -`, `-8-`, `— 7 —`, `第 3 页`: a page number printed on its own line. */
export function isPageNumber(text: string): boolean {
  return /^[-—–－]\s*\d{1,4}\s*[-—–－]$/.test(text) || /^第\s*\d{1,4}\s*页$/.test(text);
}

/**
 * A line as read: spaces between two Chinese characters are the PDF's justification
 * (`机 关 运 行 经 费`) and go; other runs of space become one.
 */
export function collapseSpaces(text: string): string {
  // Each run of space is matched once (the lookahead does not consume the next character, so a
  // run between two wide characters is never scanned twice): linear on any line.
  return text.replace(JUSTIFIED, '$1').replace(SPACES, ' ').trim();
}
const JUSTIFIED = /([\u2000-\u2fff\u3001-\uffff])[ \t\u00a0\u3000]+(?=[\u2000-\u2fff\u3001-\uffff])/g;
const SPACES = /[ \t\u00a0\u3000]+/g;

const CLOSERS = '”’）〕】」』》)]';
const FINAL = '。；：！？;:!?';
/** A line ending a sentence (`。`, `；`, `：`, `！`, `？`, also before a closing quote or bracket). */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.includes(text[i]!)) i--;
  return i >= 0 && FINAL.includes(text[i]!);
}

/** A line that cannot begin a paragraph: it starts with punctuation that closes what the line above began. */
export function startsWithCloser(text: string): boolean {
  return text !== '' && '，。、；：？！）〕】」』”’》,.;:)%'.includes(text[0]!);
}

/** A 目录 entry's title without a dotted leader and page number (`部门情况说明……3`). */
export function withoutLeader(title: string): string {
  let i = title.length;
  while (i > 0 && /\d/.test(title[i - 1]!)) i--;
  if (i === title.length) return title;
  let j = i;
  while (j > 0 && '.…·．-─ '.includes(title[j - 1]!)) j--;
  return i - j >= 2 ? title.slice(0, j).trimEnd() : title;
}

/** Text compared without spaces (`2026 年度` = `2026年度`). */
export const squash = (text: string) => text.replace(/\s+/g, '');
