/**
 * Pagefind's excerpts are HTML: the page's text, escaped, with each hit in <mark>. The search
 * page shows them as text nodes and <mark> elements made from these parts, so nothing of the
 * source text can become markup.
 */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Character references of escaped text; an unknown one stays as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * A project code (8 digits, a letter, 9–13 digits; printed codes vary in length), a bare
 * department code (6 digits) or a title token (weights.ts: titleToken) in the unmarked text of an
 * excerpt: noise to a reader, who sees the code on the project page. A code the reader searched
 * for is marked and stays.
 */
const CODE_NOISE = /[0-9]{8}[A-Z][0-9]{9,13}|(?<![0-9]|[0-9]\.)[0-9]{6}(?![0-9]|\.[0-9])|(?<![0-9A-Za-z])x(?:[0-9a-z]{4})+(?![0-9A-Za-z])/g;

export function excerptParts(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  const text = (raw: string) =>
    decodeEntities(raw.replace(/<[^>]*>/g, ''))
      // Pagefind separates the words it segmented with zero-width spaces.
      .replace(/\u200b/g, '');
  for (const piece of html.split(/(<mark>[\s\S]*?<\/mark>)/)) {
    const m = /^<mark>([\s\S]*)<\/mark>$/.exec(piece);
    if (m) push(text(m[1]!), true);
    // Pagefind ends each block of the page with ". "; an emptied block leaves a run of them.
    else push(text(piece).replace(CODE_NOISE, '').replace(/\s{2,}/g, ' ').replace(/\.(?:\s*\.)+/g, '.'), false);
  }
  const last = parts[parts.length - 1];
  if (last && !last.mark) last.text = last.text.replace(/\s*\.?\s*$/, '');
  return parts.filter((p) => p.text !== '');
}
