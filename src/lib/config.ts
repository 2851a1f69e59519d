import { join, resolve } from 'node:path';

/**
 * Everything a build can be told, read from the environment here and nowhere else (README,
 * "Configuration"). Paths are as given (relative to the project) so that the model store's keys
 * and the messages do not depend on where the project sits on disk.
 */
export interface SiteConfig {
  /** CONTENT_DIR: the folder of `<department>/<year>.txt` documents. */
  contentDir: string;
  /**
   * NARRATIVE_DIR: where each document's 情况说明 is read from. By default the content folder
   * itself, as `<department>/<year>.narrative.txt` beside the tables; a folder of its own holds
   * `<department>/<year>.txt` (corpus/paths.ts `narrativeFile`).
   */
  narrativeDir: string;
  /** OUT_DIR: where the built site goes. */
  outDir: string;
  /** ASTRO_CACHE_DIR: Astro's cache folder; the parsed models and build stats live inside it. */
  cacheDir: string;
  /** SITE_URL: the deployed address, for canonical URLs and the sitemap. */
  siteUrl: string;
  /** SEARCH_SHARD_RECORDS: search records (departments, budgets, projects) per Pagefind index shard. */
  searchShardRecords: number;
  /** ASTRO_LOG_LEVEL: Astro's log level during a build. */
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
}

/** Measured at 1,000 documents: Pagefind peaks at about 1.2 GiB on a shard of 8,000 project records. */
export const SHARD_RECORDS = 8000;
const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const logLevel = env.ASTRO_LOG_LEVEL ?? 'warn';
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) throw new Error(`ASTRO_LOG_LEVEL: expected one of ${LOG_LEVELS.join(', ')}, found "${logLevel}"`);
  const shard = Number(env.SEARCH_SHARD_RECORDS ?? SHARD_RECORDS);
  if (!Number.isInteger(shard) || shard < 1) throw new Error(`SEARCH_SHARD_RECORDS: expected a positive whole number, found "${env.SEARCH_SHARD_RECORDS}"`);
  const contentDir = env.CONTENT_DIR ?? 'content';
  return {
    contentDir,
    narrativeDir: env.NARRATIVE_DIR ?? contentDir,
    outDir: env.OUT_DIR ?? 'dist',
    // Astro's own default, so that its cache and ours stay together.
    cacheDir: env.ASTRO_CACHE_DIR ?? join('node_modules', '.astro'),
    siteUrl: env.SITE_URL ?? 'https://beijing-budgets.example.org',
    searchShardRecords: shard,
    logLevel: logLevel as SiteConfig['logLevel'],
  };
}

/** The parsed models: one store per cache folder, keyed by content (see corpus/store.ts). */
export const modelStoreDir = (config: Pick<SiteConfig, 'cacheDir'>) => resolve(config.cacheDir, 'budget-models');
/** Stage timings of the last `astro build`, read by `npm run bench`. */
export const buildStatsFile = (config: Pick<SiteConfig, 'cacheDir'>) => resolve(config.cacheDir, 'build-stats.json');
