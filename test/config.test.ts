import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../src/lib/config.ts';
import { metaFromPath } from '../src/lib/corpus/paths.ts';
import { storeKey } from '../src/lib/corpus/store.ts';

describe('configFromEnv', () => {
  it('gives the documented defaults', () => {
    expect(configFromEnv({})).toEqual({ contentDir: 'content', narrativeDir: 'content', outDir: 'dist', cacheDir: 'node_modules/.astro', siteUrl: 'https://beijing-budgets.example.org', searchShardRecords: 8000, logLevel: 'warn' });
  });

  it('reads every option from its variable and refuses a value it cannot use', () => {
    const c = configFromEnv({ CONTENT_DIR: '../real', OUT_DIR: '/tmp/out', ASTRO_CACHE_DIR: '/tmp/cache', SITE_URL: 'https://x.example', SEARCH_SHARD_RECORDS: '60', ASTRO_LOG_LEVEL: 'info' });
    expect(c).toEqual({ contentDir: '../real', narrativeDir: '../real', outDir: '/tmp/out', cacheDir: '/tmp/cache', siteUrl: 'https://x.example', searchShardRecords: 60, logLevel: 'info' });
    expect(() => configFromEnv({ SEARCH_SHARD_RECORDS: 'many' })).toThrow(/SEARCH_SHARD_RECORDS/);
    expect(() => configFromEnv({ ASTRO_LOG_LEVEL: 'loud' })).toThrow(/ASTRO_LOG_LEVEL/);
  });
});

describe('metaFromPath', () => {
  it('takes department and year from a path under the content folder it is given', () => {
    expect(metaFromPath('content/citizen-hotline-center/2026.txt', 'content')).toEqual({ file: 'content/citizen-hotline-center/2026.txt', department: 'citizen-hotline-center', year: 2026 });
    expect(metaFromPath('other/audit-bureau/2026.txt', 'other')).toMatchObject({ department: 'audit-bureau', year: 2026 });
    expect(metaFromPath('content/citizen-hotline-center/2026.txt', 'other')).toMatchObject({ department: null, year: null });
  });
});

describe('storeKey', () => {
  it('changes with the text and with the path the model reports, not with anything else', () => {
    const text = new TextEncoder().encode('收支总表');
    expect(storeKey(text, 'content/a/2026.txt')).toBe(storeKey(new TextEncoder().encode('收支总表'), 'content/a/2026.txt'));
    expect(storeKey(text, 'content/a/2026.txt')).not.toBe(storeKey(text, 'other/a/2026.txt'));
    expect(storeKey(text, 'content/a/2026.txt')).not.toBe(storeKey(new TextEncoder().encode('支出总表'), 'content/a/2026.txt'));
  });
});
