// The Pagefind index of the project pages, built from the models as custom records (see
// src/lib/search/record.ts) in shards of bounded size, and /pagefind-shards.json, which tells the
// search page which shards to merge.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { projectRecord, type SearchRecord } from '../../src/lib/search/record.ts';
import { planShards, SHARD_RECORDS, shardDir } from '../../src/lib/search/shards.ts';
import { inDocumentOrder, projectOccurrences, siteCorpus } from '../../src/lib/site/entries.ts';

export function searchRecords(): (SearchRecord & { year: number })[] {
  const corpus = siteCorpus();
  const dept = new Map(corpus.departments.map((d) => [d.slug, d]));
  // Document order reads each model once; occurrences are newest first.
  return inDocumentOrder(corpus.projects).map((p) => ({ ...projectRecord(p.code, p.name, projectOccurrences(p.code), (slug) => dept.get(slug)), year: p.occurrences[0]!.year }));
}

/** SEARCH_SHARD_RECORDS lowers the shard size, e.g. to exercise merging on the small real corpus. */
export async function writeSearchIndex(out: string, records: (SearchRecord & { year: number })[], limit = Number(process.env.SEARCH_SHARD_RECORDS ?? SHARD_RECORDS)): Promise<{ shards: number; records: number }> {
  const shards = planShards(records, limit);
  for (const [i, shard] of shards.entries()) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    // All of a shard's records in flight at once: awaiting each round trip to the Pagefind
    // process in turn took a third longer.
    const added = await Promise.all(shard.map(({ year: _, ...record }) => index.addCustomRecord(record).then((r) => ({ url: record.url, errors: r.errors }))));
    for (const a of added) if (a.errors.length) throw new Error(`pagefind ${a.url}: ${a.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(out, shardDir(i)) });
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    // One Pagefind process per shard: closing it returns the shard's memory.
    await pagefind.close();
  }
  writeFileSync(join(out, 'pagefind-shards.json'), JSON.stringify(shards.slice(1).map((_, i) => `/${shardDir(i + 1)}/`)));
  return { shards: shards.length, records: records.length };
}
