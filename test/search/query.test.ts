import { describe, expect, it } from 'vitest';
import { phraseFirst, phraseQuery, queryWords } from '../../src/lib/search/query.ts';

describe('phraseQuery', () => {
  it('quotes a query of several words, as Pagefind reads a phrase', () => {
    expect(queryWords('云服务')).toEqual(['云', '服务']);
    expect(phraseQuery(' 云服务 ')).toBe('"云服务"');
    expect(phraseQuery('市民热线服务中心 2026')).toBe('"市民热线服务中心 2026"');
  });

  it('leaves a one-word query, and a query already quoted, alone', () => {
    expect(phraseQuery('热线')).toBeNull();
    expect(phraseQuery('11000022T000000438794')).toBeNull();
    expect(phraseQuery('"档案数字化"')).toBeNull();
  });

  it('drops quotes inside a query rather than nesting them', () => {
    expect(phraseQuery('接诉"即办')).toBe('"接诉 即办"');
  });
});

describe('phraseFirst', () => {
  const hit = (id: string, score: number) => ({ id, score });

  it('puts the phrase’s pages first, each group in score order', () => {
    const words = [hit('a', 9), hit('b', 3), hit('c', 7), hit('d', 5)];
    const phrase = [hit('b', 1), hit('d', 1)];
    expect(phraseFirst(phrase, words).map((h) => h.id)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('counts each page once', () => {
    expect(phraseFirst([hit('a', 1)], [hit('a', 2), hit('b', 1)])).toHaveLength(2);
    expect(phraseFirst([], [hit('a', 2), hit('b', 1)]).map((h) => h.id)).toEqual(['a', 'b']);
  });
});
