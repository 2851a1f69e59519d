/**
 * The searches a query becomes. Pagefind finds the pages holding every word of a query, wherever
 * they sit; a reader expects first the pages whose title holds the words as typed, then the pages
 * holding them together elsewhere. So a query is also searched as a phrase of title tokens
 * (titlePhraseQuery) and, when it has several words, as a phrase (Pagefind's quoted form); the
 * hits of those searches lead (see grouped).
 */
import { titleToken } from './weights.ts';

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

/** The phrase search that finds the pages holding the query's words, in order, in their title. */
export function titlePhraseQuery(q: string): string | null {
  const words = queryWords(q.replace(/"/g, ' '));
  return words.length ? `"${words.map(titleToken).join(' ')}"` : null;
}

export interface Hit {
  id: string;
  score: number;
}

/**
 * The pages holding every word, in Pagefind's order (its score: the weights of weights.ts),
 * regrouped: the pages in the first group come first, then those in the second, and so on, then
 * the rest, each group keeping Pagefind's order. The groups are phrase searches, which Pagefind
 * scores alike (1.0): they decide which pages lead, never the order among them. Scores compare
 * only roughly across shards; the groups hold in every shard. Each page once; the count is this
 * list's length.
 */
export function grouped<T extends Hit>(groups: readonly (readonly Hit[])[], words: readonly T[]): T[] {
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => g.forEach((h) => groupOf.has(h.id) || groupOf.set(h.id, i)));
  const rank = (h: T) => groupOf.get(h.id) ?? groups.length;
  return [...words].sort((a, b) => rank(a) - rank(b) || b.score - a.score);
}
