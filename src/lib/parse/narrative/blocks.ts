import { displayWidth } from '../normalize.ts';
import { collapseSpaces, endsSentence, isPageNumber, markerOf, startsWithCloser, type Marker } from './text.ts';

/** A paragraph as printed, its hard line wraps undone: a heading, an item or running text. */
export interface Block {
  line: number;
  endLine: number;
  text: string;
  marker: Marker | null;
}

export interface BlockReading {
  blocks: Block[];
  pageNumbers: number[];
  captions: { line: number; text: string }[];
  /** The words and percentages of a chart, extracted from its image: short lines before its caption. */
  labels: { line: number; text: string }[];
}

/**
 * Lines → paragraphs. The text is wrapped at a fixed width, so a line continues onto the next
 * unless it ends a sentence (`。；：！？`) or the next line begins a heading or item. A heading
 * (`一、`, `（一）`) ends without punctuation where its line is short: shorter than the page's
 * full lines, it did not wrap. Blank lines and page numbers between the two halves of a
 * wrapped sentence are page breaks, not paragraph ends. A line that begins with closing
 * punctuation (`，设立…`) always continues the paragraph above.
 *
 * `ranges` are the [from, to) line indexes to read (the text outside the 目录).
 */
export function readBlocks(lines: readonly string[], ranges: readonly [number, number][]): BlockReading {
  const out: BlockReading = { blocks: [], pageNumbers: [], captions: [], labels: [] };
  const full = fullWidth(lines, ranges);
  for (const [from, to] of ranges) {
    let cur: Block | null = null;
    let open = false;
    for (let i = from; i < to; i++) {
      const t = lines[i]!.trim();
      if (t === '') continue;
      if (isPageNumber(t)) {
        out.pageNumbers.push(i + 1);
        continue;
      }
      const m = markerOf(t);
      if (m?.kind === 'caption') {
        out.captions.push({ line: i + 1, text: collapseSpaces(t) });
        if (cur && labels(cur, lines, full)) {
          out.blocks.pop();
          for (let k = cur.line - 1; k < cur.endLine; k++) {
            const label = lines[k]!.trim();
            if (label !== '' && !isPageNumber(label)) out.labels.push({ line: k + 1, text: collapseSpaces(label) });
          }
          cur = null;
          open = false;
        }
        continue;
      }
      if (cur && (startsWithCloser(t) || (open && !m))) {
        // A part marker alone (`第一部分`) takes its title from the next line, as a heading.
        cur.text += (cur.marker?.kind === 'part' && cur.marker.rest.trim() === '' && cur.line === cur.endLine ? ' ' : '') + collapseSpaces(t);
        cur.endLine = i + 1;
      } else {
        cur = { line: i + 1, endLine: i + 1, text: collapseSpaces(t), marker: m };
        out.blocks.push(cur);
      }
      open = continues(cur, t, full);
    }
  }
  return out;
}

/**
 * Text right before a figure's caption that is no sentence and no heading, all in short lines
 * (`收入预算` `0.48%` `上年结转结余`), is the figure's own lettering, not the 情况说明's prose.
 */
function labels(block: Block, lines: readonly string[], full: number): boolean {
  if (block.marker || endsSentence(block.text)) return false;
  for (let k = block.line - 1; k < block.endLine; k++) if (displayWidth(lines[k]!.trim()) >= full - 3) return false;
  return true;
}

function continues(block: Block, line: string, full: number): boolean {
  const m = block.marker;
  const markerOnly = m !== null && block.line === block.endLine && m.rest.trim() === '';
  if (markerOnly) return true;
  if (m?.kind === 'part') return false;
  if (endsSentence(line)) return false;
  // Only a heading ends on a short line: items and running text end at a full stop or at the
  // next heading or item (an extraction may break a line of running text early). A heading
  // with a comma or full stop in it is running text (`（一）基本支出。基本支出预算…，占本`).
  const heading = (m?.kind === 'l1' || m?.kind === 'l2') && !/[，。；]/.test(block.text);
  return !heading || displayWidth(line) >= full - 3;
}

/**
 * The width of a full line of this text: the 90th percentile of the widths of the lines of text
 * (not headings) that do not end a sentence. Those are mostly lines the text wrapped, as wide as the page; headings and
 * lines broken early are shorter, and a line spaced out by justification (`机 关 运 行`), whose
 * spaces count, may be wider.
 */
function fullWidth(lines: readonly string[], ranges: readonly [number, number][]): number {
  const widths: number[] = [];
  for (const [from, to] of ranges) {
    for (let i = from; i < to; i++) {
      const t = lines[i]!.trim();
      const m = t === '' ? null : markerOf(t);
      if (t !== '' && !isPageNumber(t) && !endsSentence(t) && m?.kind !== 'l1' && m?.kind !== 'l2' && m?.kind !== 'part') widths.push(displayWidth(t));
    }
  }
  widths.sort((a, b) => a - b);
  // Without a wrapped line of text to measure, no heading wrapped either.
  return widths.length ? widths[Math.ceil(0.9 * (widths.length - 1))]! : Infinity;
}
