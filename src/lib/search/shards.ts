import { SHARD_RECORDS } from '../config.ts';

/**
 * Pagefind's memory grows with the records of one index, so a city's projects are indexed in
 * shards of bounded size, one after another, and the search page merges them. Shards follow
 * the years (a project's latest) so one year's projects sit together.
 */
export interface Shardable {
  url: string;
  year: number;
}


export function planShards<T extends Shardable>(records: readonly T[], limit = SHARD_RECORDS): T[][] {
  const sorted = [...records].sort((a, b) => b.year - a.year || a.url.localeCompare(b.url));
  const shards: T[][] = [];
  for (const r of sorted) {
    const last = shards[shards.length - 1];
    if (!last || last.length >= limit) shards.push([r]);
    else last.push(r);
  }
  return shards;
}

/** The primary index lives at /pagefind/; the others at /pagefind-1/, /pagefind-2/, … */
export const shardDir = (i: number) => (i === 0 ? 'pagefind' : `pagefind-${i}`);
