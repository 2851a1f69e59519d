// node --import tsx scripts/search-index.ts [DIST]
// Builds the Pagefind search index of the project pages in shards of bounded size (see
// src/lib/site/shards.ts), and writes /pagefind-shards.json for the search page to merge them.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { planShards, SHARD_PAGES, shardDir, type ShardPage } from '../src/lib/site/shards.ts';

const dist = process.argv[2] ?? 'dist';
const projects = join(dist, 'projects');
const pages: ShardPage[] = readdirSync(projects).map((code) => {
  const path = `projects/${code}/index.html`;
  const html = readFileSync(join(dist, path), 'utf8');
  // The latest year the project appears in: its first 年度 filter value.
  const year = Number(/data-pagefind-filter="年度">(\d{4})</.exec(html)?.[1] ?? 0);
  return { path, year };
});
// SEARCH_SHARD_PAGES lowers the shard size, e.g. to exercise merging on the small real corpus.
const shards = planShards(pages, Number(process.env.SEARCH_SHARD_PAGES ?? SHARD_PAGES));
for (const name of readdirSync(dist)) if (/^pagefind(-\d+)?$/.test(name)) rmSync(join(dist, name), { recursive: true });
for (const [i, shard] of shards.entries()) {
  // One Pagefind service per shard: closing it returns the shard's memory before the next.
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const p of shard) {
    const r = await index.addHTMLFile({ sourcePath: p.path, content: readFileSync(join(dist, p.path), 'utf8') });
    if (r.errors.length) throw new Error(`pagefind ${p.path}: ${r.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(dist, shardDir(i)) });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  console.log(`search shard ${i}: ${shard.length} pages → /${shardDir(i)}/`);
}
writeFileSync(join(dist, 'pagefind-shards.json'), JSON.stringify(shards.slice(1).map((_, i) => `/${shardDir(i + 1)}/`)));
