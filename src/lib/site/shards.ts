/**
 * Pagefind's memory grows with the pages of one index (about 0.2–0.5 MB a page for Chinese),
 * so a city's projects are indexed in shards of bounded size, one after another, and the
 * search page merges them. Shards follow the years so one year's projects sit together.
 */
export interface ShardPage {
  path: string;
  year: number;
}

export const SHARD_PAGES = 4000;

export function planShards(pages: readonly ShardPage[], limit = SHARD_PAGES): ShardPage[][] {
  const sorted = [...pages].sort((a, b) => b.year - a.year || a.path.localeCompare(b.path));
  const shards: ShardPage[][] = [];
  for (const p of sorted) {
    const last = shards[shards.length - 1];
    if (!last || last.length >= limit) shards.push([p]);
    else last.push(p);
  }
  return shards;
}

/** The primary index lives at /pagefind/; the others at /pagefind-1/, /pagefind-2/, … */
export const shardDir = (i: number) => (i === 0 ? 'pagefind' : `pagefind-${i}`);
