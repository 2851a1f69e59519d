// The build, as an Astro integration: `astro build` (npm run build) and `astro dev` both
//   1. parse the documents that changed into the model store, a share per core, then read the
//      corpus once and fail with every file:line if a document cannot be understood;
//   2. hand that one site-data object to the pages (corpus/site-data.ts);
//   3. write the data files and the search index in a worker while Astro renders the pages
//      (in dev, into the cache folder, served beside the pages);
//   4. record each stage's span in the build stats file that `npm run bench` reads.
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildStatsFile, modelStoreDir, type SiteConfig } from '../lib/config.ts';
import { buildCorpus } from '../lib/corpus/corpus.ts';
import { loadCorpus } from '../lib/corpus/load.ts';
import { provideSiteData, SiteData } from '../lib/corpus/site-data.ts';
import { fileStore } from '../lib/corpus/store.ts';
import { fileCounts } from '../lib/data/files.ts';
import { BudgetParseError } from '../lib/parse/issues.ts';
import { parseInParallel, type ParseStats } from './parse.ts';
import { publishInWorker, type PublishStats } from './publish.ts';
import { writeBuildStats } from './stats.ts';

export function budgetsIntegration(config: SiteConfig): AstroIntegration {
  const storeDir = modelStoreDir(config);
  let started = 0;
  const seconds = (at = Date.now()) => Number(((at - started) / 1000).toFixed(1));
  let site: SiteData | null = null;
  let parse: { stats: ParseStats; span: [number, number] } | null = null;
  let outDir = '';
  let publishing: Promise<PublishStats> | null = null;
  let pagesFrom = 0;

  return {
    name: 'beijing-budgets',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        // At 'info' Astro prints a line per page (20,000 at 1,000 documents), which cost its
        // single thread ~2 s; the level is Astro's shared logger option.
        if (command === 'build') logger.options.level = config.logLevel;
        started = Date.now();
        const stats = await parseInParallel(config.contentDir, storeDir, config.narrativeDir);
        // The boundary: every document is in the store now; this reads their summaries once.
        const store = fileStore(storeDir);
        const loaded = loadCorpus(config.contentDir, { store, countFiles: fileCounts, narrativeDir: config.narrativeDir });
        const errors = loaded.issues.filter((i) => i.severity === 'error');
        if (errors.length) {
          const e = new BudgetParseError(errors);
          e.message = `${errors.length} error(s) in ${config.contentDir}\n${e.message}`;
          throw e;
        }
        site = provideSiteData(new SiteData(buildCorpus(loaded), store));
        parse = { stats, span: [0, seconds()] };
        // Printed whatever Astro's log level: the build's own account of what it did.
        console.log(`[budgets] parsed ${stats.parsed} of ${stats.documents} documents (${(stats.bytes / 2 ** 20).toFixed(1)} MiB, ${stats.workers} workers, ${stats.seconds.toFixed(1)} s); the others are unchanged, read from the store`);
      },
      'astro:config:done': ({ config: astro }) => {
        outDir = fileURLToPath(astro.outDir);
      },
      // Called once Astro has emptied the output folder, before it renders anything.
      'astro:build:setup': ({ target }) => {
        if (target !== 'server' || publishing || !site) return;
        pagesFrom = Date.now();
        publishing = publishInWorker(site, { storeDir, outDir, shardRecords: config.searchShardRecords });
      },
      'astro:build:done': async () => {
        if (!publishing || !parse) return;
        const pagesTo = Date.now();
        const published = await publishing;
        writeBuildStats(buildStatsFile(config), {
          stages: {
            parse: parse.span,
            pages: [seconds(pagesFrom), seconds(pagesTo)],
            'data files': [seconds(published.dataFiles.span[0]), seconds(published.dataFiles.span[1])],
            'search index': [seconds(published.search.span[0]), seconds(published.search.span[1])],
            total: [0, seconds()],
          },
          parse: parse.stats,
          dataFiles: { files: published.dataFiles.files, bytes: published.dataFiles.bytes },
          search: { shards: published.search.shards, records: published.search.records },
        });
        console.log(`[budgets] ${published.dataFiles.files} data files (${(published.dataFiles.bytes / 2 ** 20).toFixed(0)} MiB), ${published.search.records} pages indexed in ${published.search.shards} search shard(s)`);
      },
      // `astro dev`: the same data files and search index, written into the cache folder and
      // served beside the pages.
      'astro:server:setup': ({ server, logger }) => {
        if (!site) return;
        const devOut = join(config.cacheDir, 'dev-published');
        rmSync(devOut, { recursive: true, force: true });
        publishInWorker(site, { storeDir, outDir: devOut, shardRecords: config.searchShardRecords }).then(
          (p) => logger.info(`data files and search index ready (${p.dataFiles.files} files, ${p.search.shards} shard(s))`),
          (e: Error) => logger.error(`data files and search index: ${e.message}`),
        );
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
          const file = join(devOut, normalize(path));
          if (!file.startsWith(devOut) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
          res.end(readFileSync(file));
        });
      },
    },
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
};
