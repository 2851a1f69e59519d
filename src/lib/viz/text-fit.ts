/**
 * Whether a text fits a box, estimated at build time (no client JS measures anything). The
 * estimate must never be smaller than what the browser draws, so a label the site shows is never
 * cut: widths are upper bounds of the CJK fonts the site names (every CJK character and
 * full-width sign one em; Latin letters and digits at most 0.72 em, bold DejaVu Sans digits being
 * the widest of the fonts that may draw them, 0.70 em), and lines break the way the CSS asks the browser to (`line-break: anywhere`: after any
 * character, greedily), so the browser's lines are never more than the ones counted here.
 */

/** A text style as the CSS sets it: size and line height in CSS px (src/styles/site.css, .tm-*). */
export interface TextStyle {
  size: number;
  lineHeight: number;
}

export const LABEL_STYLE: TextStyle = { size: 13, lineHeight: 16 };
export const FIGURE_STYLE: TextStyle = { size: 12, lineHeight: 15 };
/** The smallest text the site draws in a chart: WCAG-minded floor agreed for the treemaps. */
export const MIN_TEXT_PX = 12;

/** Width of one character in em: an upper bound, see above. */
export function charEm(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (c === 0x20) return 0.4;
  if (c < 0x80) return ch === '%' || ch === '@' || ch === 'W' || ch === 'M' || ch === 'm' || ch === 'w' ? 1.05 : 0.72;
  return 1;
}

export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * size;
}

/**
 * Lines the text takes in a column `width` px wide when it may break after any character:
 * greedy, like the browser. Infinity when a single character is wider than the column.
 */
export function lineCount(text: string, size: number, width: number): number {
  let lines = 1;
  let used = 0;
  for (const ch of text) {
    const w = charEm(ch) * size;
    if (w > width) return Infinity;
    if (used + w > width) {
      lines++;
      used = w;
    } else used += w;
  }
  return lines;
}

/**
 * Lines taken by words that never break inside (`white-space: nowrap` each, a space between):
 * "5,931 万元" and "· 5.8%" keep their digits together. Greedy, like the browser; Infinity when
 * a word is wider than the column.
 */
export function wordLineCount(words: readonly string[], size: number, width: number): number {
  const space = charEm(' ') * size;
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const w = textWidth(word, size);
    if (w > width) return Infinity;
    if (used > 0 && used + space + w > width) {
      lines++;
      used = w;
    } else used += (used > 0 ? space : 0) + w;
  }
  return lines;
}

/** A block of text: breakable anywhere (a name) or only between its words (a figure). */
export type TextBlock = { text: string; style: TextStyle } | { words: readonly string[]; style: TextStyle };

/** Height of blocks stacked in a column `width` px wide. */
export function blockHeight(blocks: readonly TextBlock[], width: number): number {
  return blocks.reduce((h, b) => h + ('text' in b ? lineCount(b.text, b.style.size, width) : wordLineCount(b.words, b.style.size, width)) * b.style.lineHeight, 0);
}
