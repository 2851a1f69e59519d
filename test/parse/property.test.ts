// Random damage to real documents: the parser returns a model, or its typed errors with a
// line number; it never throws anything else.
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/lib/corpus/read.ts';
import type { BudgetDocument } from '../../src/lib/model/schema.ts';
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
      const r = readDocument(text, { file: 'm.txt', department: null, year: null });
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

/** The figures a reader sees, as comparable strings (line numbers left out: mutations move lines). */
function figures(doc: BudgetDocument | null): string[] {
  if (!doc) return [];
  const m = (v: { toFixed(): string } | null | undefined) => v?.toFixed() ?? '-';
  const s = doc.summary;
  return [
    ...(s ? [s.incomeTotal, s.expenditureTotal, s.incomeThisYear, s.expenditureThisYear, s.carryOver, s.carryForward].map((v, i) => `summary ${i} ${m(v)}`) : []),
    `expenditure ${m(doc.expenditure?.total)}`,
    ...(doc.expenditure?.rows ?? []).map((r) => `expenditure row ${r.function?.code} ${r.deptEconomic?.code} ${m(r.total)}`),
    `procurement ${m(doc.procurement?.total)}`,
    `sangong ${m(doc.sangong?.total)}`,
    ...doc.projects.map((p) => `project ${p.code} ${m(p.total)}`),
  ].sort();
}

/** The findings of a parse, comparable as one string. */
const findings = (doc: BudgetDocument | null) => (doc?.findings ?? []).map((f) => `${f.code} ${f.table} ${f.stated.value} ${f.computed.value}`).sort().join('\n');

/** One change to one line, as extraction or editing might make it (no truncation: see below). */
function damageOneLine(text: string, rand: () => number): string {
  const lines = text.split('\n');
  const i = Math.floor(rand() * lines.length);
  const l = lines[i] ?? '';
  const at = Math.floor(rand() * l.length);
  switch (Math.floor(rand() * 6)) {
    case 0: lines.splice(i, 1); break;
    case 1: lines.splice(i, 0, l); break;
    case 2: lines.splice(i, 1, l.slice(0, at), l.slice(at)); break;
    case 3: lines.splice(i, 0, NOISE[Math.floor(rand() * NOISE.length)]!); break;
    case 4: lines[i] = l.slice(0, at) + l.slice(at + 1); break;
    default: lines[i] = l.slice(0, at) + String(Math.floor(rand() * 10)) + l.slice(at + 1);
  }
  return lines.join('\n');
}

describe('a damaged line', () => {
  // Never silently wrong: when an amount a reader sees changes, the parse says something, as an
  // error, a warning or a finding (the document disagreeing with itself). What the text cannot
  // show: a file cut off inside its last table, and a code changed into another valid code.
  it('changes no figure without an issue or a finding, over 400 single-line mutations', () => {
    const ids = Object.keys(SEEDS) as SeedId[];
    const parse = (text: string) => readDocument(text, { file: 'm.txt', department: null, year: null });
    const baseline = new Map(ids.map((id) => [id, parse(seedText(id))] as const));
    const rand = mulberry32(20261123);
    const silent: string[] = [];
    let changed = 0;
    let rekeyed = 0;
    for (let k = 0; k < 400; k++) {
      const id = ids[k % ids.length]!;
      const base = baseline.get(id)!;
      const damaged = damageOneLine(seedText(id), rand);
      const r = parse(damaged);
      const before = figures(base.value);
      const after = figures(r.value);
      if (before.join('\n') === after.join('\n')) continue;
      changed++;
      const said = r.issues.length > base.issues.length || findings(r.value) !== findings(base.value) || r.issues.some((i) => i.severity === 'error');
      // A digit of a code changed into another well-formed code moves an amount to another key
      // and no text shows it (codes are printed with varying padding): counted, not failed.
      const amounts = (fs: string[]) => fs.map((f) => f.replace(/ \S+ \S+ (?=\S+$)| \d{8}[A-Z]\d+ /, ' ')).sort().join('\n');
      if (!said && amounts(before) === amounts(after)) {
        rekeyed++;
        continue;
      }
      if (!said) {
        const a = seedText(id).split('\n');
        const b = damaged.split('\n');
        let at = 0;
        while (a[at] === b[at]) at++;
        silent.push(`${id} line ${at + 1} ${JSON.stringify(a[at]?.slice(0, 60))} → ${JSON.stringify(b[at]?.slice(0, 60))}: ${after.filter((f) => !before.includes(f)).slice(0, 2).join('; ')} (was ${before.filter((f) => !after.includes(f)).slice(0, 2).join('; ')})`);
      }
    }
    expect(changed).toBeGreaterThan(30);
    expect(silent).toEqual([]);
    expect(rekeyed).toBeLessThan(changed / 10);
  });
});
