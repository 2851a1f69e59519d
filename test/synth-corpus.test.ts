import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, type CorpusResult } from '../scripts/synth-corpus.ts';

const dirs: string[] = [];

function generate(seed: number): { dir: string; result: CorpusResult } {
  const dir: string = mkdtempSync(join(tmpdir(), 'synth-corpus-'));
  dirs.push(dir);
  return { dir, result: generateCorpus({ docs: 3, out: dir, seed, years: [2024, 2025, 2026] }) };
}

/** Every file under dir, as relative path → contents. */
function snapshot(dir: string): Map<string, string> {
  const files: Map<string, string> = new Map();
  for (const dept of readdirSync(dir).sort()) {
    for (const name of readdirSync(join(dir, dept)).sort()) files.set(`${dept}/${name}`, readFileSync(join(dir, dept, name), 'utf8'));
  }
  return files;
}

/** Millionths of 万元 from `1,234.567890`, exact. */
const micro = (cell: string | undefined): bigint => (cell ? BigInt(cell.replace(/,/g, '').replace('.', '')) : 0n);

afterAll((): void => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('synth-corpus', (): void => {
  it('writes department.json and one text file per document', (): void => {
    const { dir, result } = generate(42);
    expect(result).toMatchObject({ files: 4, departments: 1 });
    const [dept] = readdirSync(dir);
    expect(dept).toBeDefined();
    for (const name of ['department.json', '2024.txt', '2025.txt', '2026.txt']) expect(existsSync(join(dir, dept as string, name))).toBe(true);
    const meta: Record<string, unknown> = JSON.parse(readFileSync(join(dir, dept as string, 'department.json'), 'utf8')) as Record<string, unknown>;
    expect(meta).toMatchObject({ parent: null });
    expect(meta['code']).toMatch(/^\d{6}$/);
  });

  it('is byte-identical for the same seed and differs for another', (): void => {
    const a: Map<string, string> = snapshot(generate(7).dir);
    expect(snapshot(generate(7).dir)).toEqual(a);
    expect(snapshot(generate(8).dir)).not.toEqual(a);
  });

  it('makes the 支出总表 合计 equal the sum of its rows', (): void => {
    const { dir } = generate(3);
    const [dept] = readdirSync(dir);
    const lines: string[] = readFileSync(join(dir, dept as string, '2025.txt'), 'utf8').split('\n');
    const start: number = lines.findIndex((l: string): boolean => /^预算\d+表 支出(预算)?总表$/.test(l));
    expect(start).toBeGreaterThan(0);
    const rows: string[][] = [];
    for (const line of lines.slice(start + 1)) {
      if (/^预算/.test(line)) break;
      rows.push(line.split('\t'));
    }
    const data: string[][] = rows.filter((r: string[]): boolean => /^\d{7}-/.test(r[0] ?? ''));
    const total: string[] | undefined = rows.find((r: string[]): boolean => r[0] === '合 计');
    expect(data.length).toBeGreaterThan(5);
    for (const col of [3, 4, 5]) {
      expect(data.reduce((sum: bigint, r: string[]): bigint => sum + micro(r[col]), 0n)).toBe(micro(total?.[col]));
    }
    expect(micro(total?.[3])).toBe(micro(total?.[4]) + micro(total?.[5]));
  });
});
