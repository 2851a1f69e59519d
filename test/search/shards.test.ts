import { describe, expect, it } from 'vitest';
import { planShards, shardDir } from '../../src/lib/search/shards.ts';

describe('planShards', () => {
  it('fills shards up to the limit, newest year first, each record once', () => {
    const pages = [2024, 2026, 2026, 2025, 2026].map((year, i) => ({ url: `p${i}`, year }));
    const shards = planShards(pages, 2);
    expect(shards.map((s) => s.map((p) => `${p.year}:${p.url}`))).toEqual([['2026:p1', '2026:p2'], ['2026:p4', '2025:p3'], ['2024:p0']]);
  });

  it('names the primary shard /pagefind/ so Pagefind finds it by default', () => {
    expect([0, 1, 12].map(shardDir)).toEqual(['pagefind', 'pagefind-1', 'pagefind-12']);
  });
});
