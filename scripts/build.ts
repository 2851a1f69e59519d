// npm run build: the site in OUT_DIR (default dist/).
// 1. Parse content/ into the model store, a share of the documents per core. Then the
//    boundary: a document that cannot be understood fails the build here with its file:line
//    messages.
// 2. Astro renders the pages while this process writes the data files and the search index
//    into a staging folder beside OUT_DIR: Astro renders on one thread, so on a two-core
//    machine the other core does this work meanwhile (Astro empties OUT_DIR when it starts,
//    hence the staging folder).
// 3. The staging folder is moved into OUT_DIR.
// The last line, `[build] stages {...}`, gives each stage's start and end in seconds; the
// benchmark reads it.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BudgetParseError } from '../src/lib/parse/issues.ts';
import { defaultStoreDir } from '../src/lib/corpus/store.ts';
import { contentRoot, siteCorpus } from '../src/lib/site/entries.ts';
import { writeDataFiles } from './build/data-files.ts';
import { moveInto } from './build/merge.ts';
import { parseInParallel } from './build/parse.ts';
import { searchRecords, writeSearchIndex } from './build/search-index.ts';

const out = resolve(process.env.OUT_DIR ?? 'dist');
const staging = `${out}.publish`;
const started = performance.now();
const stages: Record<string, [number, number]> = {};
const seconds = () => Number(((performance.now() - started) / 1000).toFixed(1));
async function stage<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const from = seconds();
  const value = await run();
  stages[name] = [from, seconds()];
  return value;
}

// Parse on every core first; the boundary then reads the corpus from the store.
const parse = await stage('parse', () => parseInParallel(contentRoot(), defaultStoreDir(contentRoot())));
// The benchmark reads this line to show that a rebuild parses only the changed documents.
console.log(`[build] parsed ${parse.parsed} of ${parse.documents} documents (${(parse.bytes / 2 ** 20).toFixed(1)} MiB, ${parse.workers} workers, ${parse.seconds.toFixed(1)} s); the others are unchanged, read from the store`);
try {
  siteCorpus();
} catch (e) {
  if (!(e instanceof BudgetParseError)) throw e;
  console.error(`build failed: ${e.issues.length} error(s) in ${contentRoot()}\n${e.message}`);
  process.exit(1);
}

rmSync(staging, { recursive: true, force: true });
const astro = stage(
  'astro',
  () =>
    new Promise<number>((done) =>
      // The content index is bundled by Vite as one module: at city scale that needs a large heap.
      spawn(process.execPath, ['--max-old-space-size=6144', join('scripts', 'build', 'astro.mjs')], { stdio: 'inherit' }).on('close', (code) => done(code ?? 1)),
    ),
).then((code) => {
  // A failed Astro build ends the build as soon as this process is free to notice.
  if (code === 0) return;
  rmSync(staging, { recursive: true, force: true });
  console.error(`build failed: astro build exited with ${code}`);
  process.exit(code);
});
const data = await stage('data files', () => writeDataFiles(staging));
const search = await stage('search index', () => writeSearchIndex(staging, searchRecords()));
await astro;
await stage('merge', () => moveInto(staging, out));
console.log(`[build] ${data.files} data files (${(data.bytes / 2 ** 20).toFixed(0)} MiB), ${search.records} projects indexed in ${search.shards} search shard(s)`);
console.log(`[build] stages ${JSON.stringify({ ...stages, total: [0, seconds()] })}`);
