/**
 * The searches a query becomes. Pagefind finds the pages holding every word of a query, wherever
 * they sit; a reader expects the pages holding the words together, as typed, to come first. So
 * a query of several words is also searched as a phrase (Pagefind's quoted form), and its hits
 * lead (see phraseFirst).
 */
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

export function queryWords(q: string): string[] {
  return [...segmenter.segment(q)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** The quoted phrase to search first, or null when the query is one word or quoted already. */
export function phraseQuery(q: string): string | null {
  const t = q.trim();
  if (/^".+"$/.test(t)) return null;
  const unquoted = t.replace(/"/g, ' ').trim();
  return queryWords(unquoted).length > 1 ? `"${unquoted}"` : null;
}

export interface Hit {
  id: string;
  score: number;
}

/**
 * The pages holding every word, in Pagefind's order (its score: the weights of weights.ts), with
 * those that hold the words as a phrase moved first, keeping that order among themselves.
 * Pagefind scores every phrase hit alike (1.0), so the phrase search decides only which pages
 * lead, never their order. Each page once; the count is this list's length.
 */
export function phraseFirst<T extends Hit>(phrase: readonly Hit[], words: readonly T[]): T[] {
  const inPhrase = new Set(phrase.map((h) => h.id));
  const ranked = [...words].sort((a, b) => b.score - a.score);
  return [...ranked.filter((h) => inPhrase.has(h.id)), ...ranked.filter((h) => !inPhrase.has(h.id))];
}
