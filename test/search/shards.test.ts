import { describe, expect, it } from 'vitest';
import { planShards, shardDir } from '../../src/lib/search/shards.ts';

describe('planShards', () => {
  it('keeps a corpus no larger than the first shard in one shard', () => {
    const pages = [2024, 2026].map((year, i) => ({ url: `p${i}`, year }));
    expect(planShards(pages, 16)).toEqual([[{ url: 'p1', year: 2026 }, { url: 'p0', year: 2024 }]]);
  });

  it('splits off a small first shard as soon as the corpus is larger than it, though all would fit in one', () => {
    const pages = Array.from({ length: 6 }, (_, i) => ({ url: `p${i}`, year: 2026 }));
    // limit 16: a first shard of 2 (an eighth), the other 4 records in one shard.
    expect(planShards(pages, 16).map((s) => s.length)).toEqual([2, 4]);
  });

  it('deals the records out in turn, so every shard holds the same mix of years', () => {
    const pages = [...Array.from({ length: 8 }, (_, i) => ({ url: `a${i}`, year: 2026 })), ...Array.from({ length: 8 }, (_, i) => ({ url: `b${i}`, year: 2024 }))];
    const shards = planShards(pages, 8, 4);
    // 16 records: a first shard of 4 (as asked) and two of 6.
    expect(shards.map((s) => s.length)).toEqual([4, 6, 6]);
    for (const s of shards) expect(s.filter((p) => p.year === 2026).length).toBe(s.length / 2);
    expect(shards.flat().map((p) => p.url).sort()).toEqual(pages.map((p) => p.url).sort());
  });

  it('keeps each shard within the limit, the first to an eighth of it', () => {
    const pages = Array.from({ length: 20 }, (_, i) => ({ url: `p${String(i).padStart(2, '0')}`, year: 2026 }));
    const sizes = planShards(pages, 8).map((s) => s.length);
    expect(sizes[0]).toBe(1);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(8);
    expect(sizes.reduce((a, b) => a + b)).toBe(20);
  });

  it('names the primary shard /pagefind/ so Pagefind finds it by default', () => {
    expect([0, 1, 12].map(shardDir)).toEqual(['pagefind', 'pagefind-1', 'pagefind-12']);
  });
});
