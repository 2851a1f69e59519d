import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ParseStats } from './parse.ts';

/** What `astro build` records of itself for `npm run bench` (config.ts: buildStatsFile). */
export interface BuildStats {
  /** Each stage's start and end, in seconds from the start of the parse stage. */
  stages: Record<'parse' | 'pages' | 'data files' | 'search index' | 'total', [number, number]>;
  parse: ParseStats;
  dataFiles: { files: number; bytes: number };
  search: { shards: number; records: number };
}

export function writeBuildStats(file: string, stats: BuildStats): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(stats, null, 2) + '\n');
}

export const readBuildStats = (file: string): BuildStats => JSON.parse(readFileSync(file, 'utf8')) as BuildStats;
