// Builds the site once (`npm run build`; skipped with E2E_SKIP_BUILD=1 when dist/ exists, or
// when E2E_SITE_DIR names an already built site to test instead of dist/),
// snapshots dist/ into a temporary directory (so a concurrent build cannot pull files from under
// the tests) and serves the snapshot on 127.0.0.1. Tests read `inject('baseURL')` and
// `inject('siteDir')`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    siteDir: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = process.env.E2E_SITE_DIR ? resolve(process.env.E2E_SITE_DIR) : join(ROOT, 'dist');

export default async function setup(project: TestProject) {
  const skip = !!process.env.E2E_SITE_DIR || (process.env.E2E_SKIP_BUILD === '1' && existsSync(join(DIST, 'index.html')));
  if (!skip) {
    const started = Date.now();
    // Small search shards, so the search tests also exercise merging shards as a city-scale
    // index does (src/lib/search/shards.ts).
    const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, SEARCH_SHARD_RECORDS: '60' } });
    if (r.status !== 0) {
      const out = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.split('\n').slice(-60).join('\n');
      throw new Error(`e2e: \`npm run build\` failed (exit ${r.status ?? r.signal}):\n${out}`);
    }
    console.log(`e2e: built the site in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  if (!existsSync(join(DIST, 'pagefind', 'pagefind.js'))) throw new Error('e2e: dist/ has no Pagefind index; run `npm run build`');
  const siteDir = mkdtempSync(join(tmpdir(), 'budgets-e2e-'));
  cpSync(DIST, siteDir, { recursive: true });
  const server = await serveStatic(siteDir);
  project.provide('baseURL', server.url);
  project.provide('siteDir', siteDir);
  return async () => {
    await server.close();
    rmSync(siteDir, { recursive: true, force: true });
  };
}
