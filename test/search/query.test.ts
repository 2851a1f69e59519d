import { describe, expect, it } from 'vitest';
import { grouped, phraseQuery, queryWords, titlePhraseQuery } from '../../src/lib/search/query.ts';
import { titleToken } from '../../src/lib/search/weights.ts';

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

describe('titlePhraseQuery', () => {
  it('spells each word of the query as a title token: “x”, then four base-36 digits a character', () => {
    // 云 is U+4E91 = 20113 = 15·36² + 18·36 + 25 = "fip" in base 36; 服 U+670D = 26381 = 20·36² + 12·36 + 29 = "kct"; 务 U+52A1 = 21153 = 16·36² + 11·36 + 21 = "gbl".
    expect(titleToken('云')).toBe('x0fip');
    expect(titleToken('服务')).toBe('x0kct0gbl');
    expect(titlePhraseQuery('云服务')).toBe('"x0fip x0kct0gbl"');
    expect(titleToken('APP')).toBe(titleToken('app'));
  });

  it('has no phrase for a query without words', () => {
    expect(titlePhraseQuery('“”')).toBeNull();
  });
});

describe('grouped', () => {
  const hit = (id: string, score: number) => ({ id, score });

  it('puts each group’s pages first, in order of the groups, each group by score', () => {
    const words = [hit('a', 9), hit('b', 3), hit('c', 7), hit('d', 5), hit('e', 1)];
    expect(grouped([[hit('e', 1)], [hit('b', 1), hit('d', 1)]], words).map((h) => h.id)).toEqual(['e', 'd', 'b', 'a', 'c']);
  });

  it('places a page in its first group and counts it once', () => {
    expect(grouped([[hit('a', 1)], [hit('a', 1), hit('b', 1)]], [hit('b', 5), hit('a', 2), hit('c', 9)]).map((h) => h.id)).toEqual(['a', 'b', 'c']);
    expect(grouped([], [hit('a', 2), hit('b', 3)]).map((h) => h.id)).toEqual(['b', 'a']);
  });
});

describe('titleGroup', () => {
  it('files a department alone, budgets and projects by age, four years and more together', async () => {
    const { titleGroup, TITLE_GROUPS } = await import('../../src/lib/search/weights.ts');
    expect([titleGroup('部门', 3), titleGroup('预算', 0), titleGroup('项目', 2), titleGroup('项目', 7)]).toEqual(['部门', '预算0', '项目2', '项目4']);
    expect(TITLE_GROUPS).toEqual(['部门', '预算0', '预算1', '预算2', '预算3', '预算4', '项目0', '项目1', '项目2', '项目3', '项目4']);
  });
});
