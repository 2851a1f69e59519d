// Random damage to real documents: the parser returns a model, or its typed errors with a
// line number; it never throws anything else.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse/document.ts';
import { seedText, SEEDS, type SeedId } from '../helpers.ts';

function mulberry32(a: number) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOISE = ['', '- 3 -', '<b>', '合 计', '\t\t\t', '预算99表 收支总表', '金额单位：元', '11000022T00', '产出指标\t数量指标', '1,2,3', '\u0000', '###', '注：无'];

function mutate(text: string, rand: () => number): string {
  const lines = text.split('\n');
  const n = 1 + Math.floor(rand() * 12);
  for (let k = 0; k < n; k++) {
    const i = Math.floor(rand() * lines.length);
    const op = Math.floor(rand() * 5);
    if (op === 0) lines.splice(i, 1);
    else if (op === 1) lines.splice(i, 0, lines[i] ?? '');
    else if (op === 2) {
      const l = lines[i] ?? '';
      const at = Math.floor(rand() * l.length);
      lines.splice(i, 1, l.slice(0, at), l.slice(at));
    } else if (op === 3) lines.splice(i, 0, NOISE[Math.floor(rand() * NOISE.length)]!);
    else lines.splice(i, lines.length - i);
  }
  return lines.join(rand() < 0.5 ? '\n' : '\r\n');
}

describe('parser under random mutation', () => {
  const ids = Object.keys(SEEDS) as SeedId[];
  it('returns a model or typed errors with a line, for 300 mutated documents', () => {
    const rand = mulberry32(20261121);
    let models = 0;
    let failures = 0;
    for (let k = 0; k < 300; k++) {
      const id = ids[k % ids.length]!;
      const text = mutate(seedText(id), rand);
      const r = parseDocument(text, { file: 'm.txt', department: null, year: null });
      for (const i of r.issues) {
        expect(i.line).toBeGreaterThanOrEqual(1);
        expect(i.file).toBe('m.txt');
        expect(i.message.length).toBeGreaterThan(10);
      }
      if (r.value) models++;
      else {
        failures++;
        expect(r.issues.some((i) => i.severity === 'error')).toBe(true);
      }
    }
    // Both outcomes occur: the mutations are neither all harmless nor all fatal.
    expect(models).toBeGreaterThan(0);
    expect(failures).toBeGreaterThan(0);
  });
});
