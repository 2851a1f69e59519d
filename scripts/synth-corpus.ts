/**
 * Synthetic corpus of Beijing budget documents in the seeds' tab-separated text format, so the parser
 * and the site can be exercised at scale with amounts that are known to add up.
 *
 *   node --import tsx scripts/synth-corpus.ts --docs 1000 --out /tmp/corpus [--seed 1] [--years 2022,2023,2024,2025,2026]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { budgetFor, type DeptState } from './synth/budget.js';
import { makeDepartments, type Department } from './synth/department.js';
import { renderDocument, type RenderedDoc } from './synth/document.js';
import type { SanGong } from './synth/perf.js';
import { deriveSeed, mulberry32, type Rng } from './synth/rng.js';

export interface CorpusOptions {
  readonly docs: number;
  readonly out: string;
  readonly seed?: number;
  readonly years?: readonly number[];
}

export interface CorpusResult {
  readonly files: number;
  readonly bytes: number;
  readonly departments: number;
}

export const DEFAULT_YEARS: readonly number[] = [2022, 2023, 2024, 2025, 2026];

/**
 * Writes `docs` documents spread over ceil(docs / years) departments, each covering the years in order
 * (the last department may cover fewer). Files are written as they are made, so memory stays flat.
 */
export function generateCorpus(options: CorpusOptions): CorpusResult {
  const seed: number = options.seed ?? 1;
  const years: number[] = [...(options.years ?? DEFAULT_YEARS)].sort((a: number, b: number): number => a - b);
  if (!Number.isInteger(options.docs) || options.docs < 0) throw new Error(`--docs must be a non-negative integer`);
  if (years.length === 0 || years.some((y: number): boolean => !Number.isInteger(y) || y < 2000 || y > 2099)) {
    throw new Error(`--years must list years between 2000 and 2099`);
  }
  const departments: Department[] = makeDepartments(Math.ceil(options.docs / years.length), seed);
  let files: number = 0;
  let bytes: number = 0;
  let remaining: number = options.docs;
  for (const dept of departments) {
    const dir: string = join(options.out, dept.slug);
    mkdirSync(dir, { recursive: true });
    const meta: string = JSON.stringify({ name: dept.name, code: dept.code, level: dept.level, district: dept.district, parent: null }, null, 2) + '\n';
    writeFileSync(join(dir, 'department.json'), meta);
    files++;
    bytes += Buffer.byteLength(meta);
    const state: DeptState = { active: [], names: new Set(), created: 0 };
    let previous: SanGong | null = null;
    const count: number = Math.min(years.length, remaining);
    for (let i = 0; i < count; i++) {
      const year: number = years[i] as number;
      const rng: Rng = mulberry32(deriveSeed(seed, 'doc', dept.index, year));
      const doc: RenderedDoc = renderDocument(budgetFor(dept, year, i, state, rng), previous, rng);
      previous = doc.sanGong;
      const data: Buffer = Buffer.from(doc.text, 'utf8');
      writeFileSync(join(dir, `${year}.txt`), data);
      files++;
      bytes += data.length;
    }
    remaining -= count;
  }
  return { files, bytes, departments: departments.length };
}

function parseArgs(argv: readonly string[]): CorpusOptions {
  const args: Map<string, string> = new Map();
  for (let i = 0; i < argv.length; i += 2) {
    const key: string = argv[i] ?? '';
    const value: string | undefined = argv[i + 1];
    if (!key.startsWith('--') || value === undefined) throw new Error(`unexpected argument: ${key}`);
    args.set(key.slice(2), value);
  }
  const docs: number = Number(args.get('docs'));
  const out: string | undefined = args.get('out');
  if (!out || !Number.isInteger(docs)) {
    throw new Error('usage: synth-corpus.ts --docs N --out DIR [--seed S] [--years 2022,2023,2024,2025,2026]');
  }
  const years: number[] | undefined = args.get('years')?.split(',').map((y: string): number => Number(y.trim()));
  return { docs, out: resolve(out), seed: Number(args.get('seed') ?? 1), ...(years ? { years } : {}) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const started: number = performance.now();
    const result: CorpusResult = generateCorpus(parseArgs(process.argv.slice(2)));
    const seconds: string = ((performance.now() - started) / 1000).toFixed(2);
    console.log(`${result.files} files (${result.departments} departments), ${(result.bytes / 1e6).toFixed(1)} MB in ${seconds}s`);
  } catch (error: unknown) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
