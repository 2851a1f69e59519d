// npm run bench -- --docs N [--seed S] [--work DIR] [--pairs P] [--skip-lower-bound] [--skip-incremental]
// Builds the site from a synthetic corpus of N documents (scripts/synth-corpus.ts, the same
// text format as the real documents) and prints, per stage, wall seconds, peak RSS (process
// tree), pages and bytes written; parse throughput; search index size; search in Chromium; a
// lower bound (the same pages from the same models by bare template strings), run alternately
// with the build P times (default 3) for the median ratio and its spread; and an incremental
// rebuild.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildStatsFile, modelStoreDir } from '../src/lib/config.ts';
import { readBuildStats } from '../src/integration/stats.ts';
import { generateCorpus } from './synth-corpus.ts';
import { dirStats, gib, measure, mib, type Measured } from './bench/measure.ts';
import { searchInChromium } from './bench/search-check.ts';

const { values } = parseArgs({ options: { docs: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, work: { type: 'string' }, 'skip-lower-bound': { type: 'boolean', default: false }, pairs: { type: 'string', default: '3' }, 'skip-incremental': { type: 'boolean', default: false } } });
const docs = Number(values.docs);
const pairs = values['skip-lower-bound'] ? 1 : Math.max(1, Number(values.pairs));
const seed = Number(values.seed);
const work = values.work ?? join(tmpdir(), `beijing-budgets-bench-${docs}-${seed}`);
const content = join(work, 'content');
const dist = join(work, 'dist');
const cache = join(work, 'astro-cache');
const store = modelStoreDir({ cacheDir: cache });
const statsFile = buildStatsFile({ cacheDir: cache });
const env = { CONTENT_DIR: content, OUT_DIR: dist, ASTRO_CACHE_DIR: cache };
// The build exactly as `npm run build` runs it (package.json sets its heap).
const npmBuild = ['run', '--silent', 'build'];
const node = process.execPath;
const rows: string[][] = [];
const fail = (what: string, m: Measured) => {
  console.error(`${what} failed (exit ${m.code}):\n${m.output.slice(-4000)}`);
  process.exit(1);
};

if (!existsSync(content)) {
  console.log(`generating ${docs} documents (seed ${seed}) in ${content} …`);
  generateCorpus({ docs, out: content, seed, years: [2022, 2023, 2024, 2025, 2026] });
}
const source = dirStats(content, (p) => p.endsWith('.txt'));
console.log(`corpus: ${source.files} documents, ${mib(source.bytes)} of text, ${readdirSync(content).length} departments\n`);

// 1. The parser alone, keeping nothing.
const parse = await measure(node, ['--import', 'tsx', 'scripts/bench/parse-stage.ts', content]);
if (parse.code) fail('parse', parse);
const p = JSON.parse(parse.output.trim().split('\n').pop()!);
rows.push(['parse (parser alone, one core)', parse.seconds.toFixed(1), gib(parse.peakRssBytes), `${p.documents} docs`, `${mib(p.bytes)}, disk ${p.readSeconds.toFixed(1)} s`, `${p.mbPerSecond.toFixed(1)} MB/s`]);

// 2. A cold `npm run build` (`astro build` with src/integration/budgets.ts): parse into an empty
// store, then Astro renders the pages while the publish worker writes the data files and the
// search index.
for (const d of [dist, cache]) rmSync(d, { recursive: true, force: true });
const byProcess = (cmdline: string) =>
  /parse-worker/.test(cmdline) ? 'parse' : /publish-worker/.test(cmdline) ? 'publish' : /pagefind/.test(cmdline) ? 'pagefind' : /\bastro\b/.test(cmdline) ? 'astro' : null;
const build = await measure('npm', npmBuild, env, byProcess);
if (build.code) fail('build', build);
const stats = readBuildStats(statsFile);
const stages = stats.stages;
const span = (name: keyof typeof stages) => (stages[name][1] - stages[name][0]).toFixed(1);
const html = dirStats(dist, (f) => f.endsWith('.html'));
const data = dirStats(join(dist, 'data'), (f) => !f.endsWith('.html'));
const index = readdirSync(dist).filter((n) => /^pagefind(-\d+)?$/.test(n)).map((n) => dirStats(join(dist, n)));
const indexBytes = index.reduce((a, s) => a + s.bytes, 0);
const all = dirStats(dist);
const parsed = stats.parse;
// Bytes over the slowest worker's seconds, divided by the workers: what one core achieves.
const buildMbps = parsed.bytes / 1e6 / parsed.seconds / parsed.workers;
rows.push([`build: parse into the store (${parsed.workers} workers)`, span('parse'), gib(build.peakRssBy.parse ?? 0), `${parsed.documents} docs`, '', `${buildMbps.toFixed(1)} MB/s/core`]);
rows.push(['build: Astro pages', span('pages'), gib(build.peakRssBy.astro ?? 0), `${html.files} pages`, mib(all.bytes - data.bytes - indexBytes), '']);
rows.push(['build: data files (during Astro)', span('data files'), gib(build.peakRssBy.publish ?? 0), `${data.files} files`, mib(data.bytes), '']);
rows.push(['build: search index (during Astro)', span('search index'), gib(build.peakRssBy.pagefind ?? 0), `${index.length} shards`, `index ${mib(indexBytes)}`, '']);
const total = build.seconds;
rows.push(['total (build + index)', total.toFixed(1), gib(build.peakRssBytes), `${all.files} files`, mib(all.bytes), '']);

// 3. Search in Chromium over the built index: a word of project names and a phrase of goals
// that the synthetic corpus draws from the seeds.
const checks = await searchInChromium(dist, ['档案数字化', '接诉即办']);
for (const c of checks) {
  rows.push([`search: ${c.query}, first results`, (c.firstMs / 1000).toFixed(2), '', `${c.firstRequests} requests`, `${(c.firstBytes / 1024).toFixed(0)} KiB`, '']);
  rows.push([`search: ${c.query}, complete`, (c.completeMs / 1000).toFixed(2), '', `${c.found} results, ${c.requests} req.`, `${(c.bytes / 1024).toFixed(0)} KiB`, '']);
}
const searchNotes = checks.map((c) => `${c.query}: page load ${(c.pageLoadMs / 1000).toFixed(2)} s before the press`);

// 4. Lower bound: the same pages from the same models by template strings, written to disk.
// On a shared machine both terms drift from minute to minute, so the build and the lower bound
// run alternately, `pairs` times, and the ratio is the median of the pairs with its spread.
const ratios: number[] = [];
const lowerBound = async () => {
  const out = mkdtempSync(join(tmpdir(), 'lower-bound-'));
  const m = await measure(node, ['--import', 'tsx', 'scripts/bench/lower-bound.ts', content, store, out]);
  if (m.code) fail('lower bound', m);
  const lb = dirStats(out);
  rmSync(out, { recursive: true, force: true });
  return { m, lb };
};
if (!values['skip-lower-bound']) {
  const first = await lowerBound();
  rows.push(['lower bound (template strings)', first.m.seconds.toFixed(1), gib(first.m.peakRssBytes), `${first.lb.files} files`, mib(first.lb.bytes), '']);
  ratios.push(total / first.m.seconds);
  for (let i = 1; i < pairs; i++) {
    for (const d of [dist, cache]) rmSync(d, { recursive: true, force: true });
    const again = await measure('npm', npmBuild, env);
    if (again.code) fail('build', again);
    const lb = await lowerBound();
    rows.push([`pair ${i + 1}: build / lower bound`, `${again.seconds.toFixed(1)} / ${lb.m.seconds.toFixed(1)}`, '', '', '', `${(again.seconds / lb.m.seconds).toFixed(2)}×`]);
    ratios.push(again.seconds / lb.m.seconds);
  }
}

// 5. Incremental: one more document, then rebuild.
if (!values['skip-incremental']) {
  const extra = mkdtempSync(join(tmpdir(), 'extra-'));
  generateCorpus({ docs: 1, out: extra, seed: seed + 100003, years: [2026] });
  const dept = readdirSync(extra)[0]!;
  cpSync(join(extra, dept), join(content, `added-${dept}`), { recursive: true });
  const again = await measure('npm', npmBuild, env);
  rmSync(join(content, `added-${dept}`), { recursive: true, force: true });
  if (again.code) fail('incremental build', again);
  const reparsed = readBuildStats(statsFile).parse;
  rows.push(['rebuild after adding 1 document', again.seconds.toFixed(1), gib(again.peakRssBytes), `re-parsed ${reparsed.parsed} of ${reparsed.documents}`, '', '']);
}

const header = ['stage', 'wall s', 'peak RSS', 'count', 'written', 'throughput'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
if (ratios.length) {
  const sorted = [...ratios].sort((x, y) => x - y);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(`\nfull build + index / lower bound = ${median.toFixed(2)}× median of ${ratios.length} alternating pairs (${ratios.map((r) => r.toFixed(2)).join(', ')}; spread ${sorted[0]!.toFixed(2)}–${sorted.at(-1)!.toFixed(2)}×)  (target ≤ 3× at 1,000 documents)`);
}
console.log(`search: from pressing 搜索 to the first results painted, cold cache, 127.0.0.1 (targets ≤ 0.3 s at 1,000 documents, ≤ 0.5 s at 10,000); ${searchNotes.join('; ')}`);
console.log(`parse throughput ${p.mbPerSecond.toFixed(1)} MB/s, the parser alone on one core (target ≥ 20); the build's parse stage, which also hashes, serialises, stores and counts each model, ran at ${buildMbps.toFixed(1)} MB/s per worker on ${parsed.workers} workers`);
