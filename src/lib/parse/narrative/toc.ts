import type { Explanation } from '../../model/schema.ts';
import { isPageNumber, markerOf, squash, withoutLeader } from './text.ts';

type Toc = NonNullable<Explanation['toc']>;
type TocPart = Toc['parts'][number];

/** A part's kind from its title: the tables (报表) or the explanation (说明). */
export function partKind(title: string): string {
  if (/报表|表$/.test(title)) return 'tables';
  if (/说明/.test(title)) return 'statement';
  return 'part';
}

/** How many non-blank lines may precede the 目录 (the cover: department name, year, title). */
const COVER_LINES = 8;

/**
 * The 目录 at the top: a title `目录` (or `目` and `录` on lines of their own), then entries
 * `第一部分 …` and `一、…` whose numbers rise within each part. It ends before the first line
 * that is not such an entry, or at a part number already seen (the body's own `第一部分`).
 * Page numbers inside it are returned with it; `null` when the text has no 目录 with entries.
 */
export function readToc(lines: readonly string[]): { toc: Toc; pageNumbers: number[] } | null {
  let title = -1;
  let titleEnd = -1;
  let seen = 0;
  for (let i = 0; i < lines.length && seen <= COVER_LINES; i++) {
    const t = squash(lines[i]!);
    if (t === '') continue;
    seen++;
    if (t === '目录') {
      title = titleEnd = i;
      break;
    }
    if (t === '目') {
      let j = i + 1;
      while (j < lines.length && squash(lines[j]!) === '') j++;
      if (j < lines.length && squash(lines[j]!) === '录') {
        title = i;
        titleEnd = j;
        break;
      }
    }
    const m = markerOf(lines[i]!.trim());
    if (m && m.kind !== 'item' && m.kind !== 'caption') return null;
  }
  if (title < 0) return null;

  const parts: TocPart[] = [];
  const pageNumbers: number[] = [];
  let end = titleEnd;
  let entries = 0;
  for (let k = titleEnd + 1; k < lines.length; k++) {
    const t = lines[k]!.trim();
    if (t === '') continue;
    if (isPageNumber(t)) {
      pageNumbers.push(k + 1);
      continue;
    }
    const m = markerOf(t);
    if (m?.kind === 'part') {
      const heading = withoutLeader(m.rest.trim());
      // The body's own part heading stands alone, or repeats a part already listed.
      if (heading === '' || parts.some((p) => p.number !== null && p.number >= m.number!)) break;
      parts.push({ line: k + 1, number: m.number, title: heading, kind: partKind(heading), entries: [] });
    } else if (m?.kind === 'l1') {
      const part = parts.at(-1) ?? (parts.push({ line: k + 1, number: null, title: '', kind: 'part', entries: [] }), parts[0]!);
      const last = part.entries.at(-1)?.number ?? 0;
      if (m.number! <= last) break;
      part.entries.push({ line: k + 1, number: m.number, title: withoutLeader(m.rest.trim()) });
      entries++;
    } else break;
    end = k;
  }
  if (entries === 0) return null;
  return {
    toc: { line: title + 1, endLine: end + 1, parts, tables: parts.find((p) => p.kind === 'tables')?.entries ?? [] },
    pageNumbers: pageNumbers.filter((l) => l <= end + 1),
  };
}
