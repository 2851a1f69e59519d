// node --import tsx scripts/search-index.ts [DIST] [--jobs N]
// Builds the Pagefind search index of the project pages in shards of bounded size (see
// src/lib/site/shards.ts), several shards at a time, and writes /pagefind-shards.json for the
// search page to merge them.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { planShards, SHARD_PAGES, shardDir, type ShardPage } from '../src/lib/site/shards.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { jobs: { type: 'string' }, worker: { type: 'string' } } });
const dist = positionals[0] ?? 'dist';

if (values.worker) {
  // A worker indexes the shards it is given, one Pagefind service each, closed in between.
  const shards = JSON.parse(readFileSync(values.worker, 'utf8')) as { index: number; pages: ShardPage[] }[];
  for (const shard of shards) await indexShard(shard.index, shard.pages);
} else {
  const manifest = join(dist, 'search-pages.json');
  const pages: ShardPage[] = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')) : scanPages();
  // SEARCH_SHARD_PAGES lowers the shard size, e.g. to exercise merging on the small real corpus.
  const shards = planShards(pages, Number(process.env.SEARCH_SHARD_PAGES ?? SHARD_PAGES));
  for (const name of readdirSync(dist)) if (/^pagefind(-\d+)?$/.test(name)) rmSync(join(dist, name), { recursive: true });
  // Pagefind is single-threaded per index: shards in parallel use the other core.
  const jobs = Math.max(1, Math.min(Number(values.jobs ?? availableParallelism()), shards.length));
  const work = Array.from({ length: jobs }, (_, j) => shards.map((pages, index) => ({ index, pages })).filter((s) => s.index % jobs === j));
  await Promise.all(
    work.map((mine, j) => {
      const file = join(tmpdir(), `search-shards-${process.pid}-${j}.json`);
      writeFileSync(file, JSON.stringify(mine));
      return new Promise<void>((resolve, reject) =>
        spawn(process.execPath, ['--import', 'tsx', process.argv[1]!, dist, '--worker', file], { stdio: 'inherit' }).on('close', (code) => (code === 0 ? resolve() : reject(new Error(`search index worker ${j} exited ${code}`)))),
      );
    }),
  );
  writeFileSync(join(dist, 'pagefind-shards.json'), JSON.stringify(shards.slice(1).map((_, i) => `/${shardDir(i + 1)}/`)));
}

/** Without the manifest (an older build), the year comes from each page's first 年度 filter. */
function scanPages(): ShardPage[] {
  return readdirSync(join(dist, 'projects')).map((code) => {
    const path = `projects/${code}/index.html`;
    const html = readFileSync(join(dist, path), 'utf8');
    return { path, year: Number(/data-pagefind-filter="年度">(\d{4})</.exec(html)?.[1] ?? 0) };
  });
}

async function indexShard(i: number, pages: ShardPage[]) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const p of pages) {
    const r = await index.addHTMLFile({ sourcePath: p.path, content: readFileSync(join(dist, p.path), 'utf8') });
    if (r.errors.length) throw new Error(`pagefind ${p.path}: ${r.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(dist, shardDir(i)) });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  console.log(`search shard ${i}: ${pages.length} pages → /${shardDir(i)}/`);
}
