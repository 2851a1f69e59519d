import type { DocumentJson } from '../model/schema.ts';

type Explanation = NonNullable<DocumentJson['explanation']>;
type Paragraph = Explanation['sections'][number]['paragraphs'][number];

export interface ExplanationPart {
  /** The page's id of this part (本页目录 links to it). */
  id: string;
  /** As printed (`一、部门情况说明`); null for text before any heading. */
  heading: string | null;
  /** For the contents: the heading without its number and its “情况说明”. */
  label: string;
  kind: string;
  paragraphs: Paragraph[];
  subsections: { heading: string | null; kind: string; paragraphs: Paragraph[] }[];
  /** Characters of text: a long part starts folded, so the page stays scannable on a phone. */
  length: number;
}

/** Parts longer than this many characters start folded (a screen of a phone holds about 300). */
export const FOLD_CHARS = 600;

/**
 * The 情况说明 as the budget page shows it: one part per `一、` heading, its `（一）` sections
 * inside it. The cover and the 报表 part (which only says the tables are attached) are left to
 * the source page, unless the text has nothing else: then the cover is shown as one part.
 */
export function explanationParts(explanation: Explanation): ExplanationPart[] {
  const parts: ExplanationPart[] = [];
  const loose: Paragraph[] = [];
  const open = (heading: string | null, kind: string) => {
    const part: ExplanationPart = { id: `explanation-${parts.length + 1}`, heading, label: labelOf(heading), kind, paragraphs: [], subsections: [], length: 0 };
    parts.push(part);
    return part;
  };
  let current: ExplanationPart | null = null;
  for (const s of explanation.sections) {
    if (s.kind === 'tables') break;
    if (s.kind === 'front') {
      loose.push(...s.paragraphs);
      continue;
    }
    if (s.level === 0) {
      // Text under a part's own heading, before its first `一、`, is shown under that heading.
      current = null;
      if (s.paragraphs.length) open(s.heading, s.kind).paragraphs.push(...s.paragraphs);
    } else if (s.level === 1) {
      current = open(s.heading, s.kind);
      current.paragraphs.push(...s.paragraphs);
    } else {
      current ??= open(null, 'section');
      current.subsections.push({ heading: s.heading, kind: s.kind, paragraphs: s.paragraphs });
    }
  }
  if (parts.length === 0 && loose.length) parts.push({ id: 'explanation-1', heading: null, label: '全文', kind: 'section', paragraphs: loose, subsections: [], length: 0 });
  for (const p of parts) p.length = [...p.paragraphs, ...p.subsections.flatMap((s) => s.paragraphs)].reduce((n, x) => n + x.text.length, 0);
  return parts;
}

function labelOf(heading: string | null): string {
  if (!heading) return '说明';
  const bare = heading.replace(/^([一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分\s*)/, '');
  const short = bare.replace(/说明$/, '');
  return short || bare;
}
