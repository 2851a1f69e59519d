// The same documents with other extraction noise must give the same figures: the five seeds and,
// where ../shared/real is beside the repository, the 18 real budgets.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/lib/corpus/read.ts';
import type { BudgetDocument } from '../../src/lib/model/schema.ts';
import { SEEDS } from '../helpers.ts';
import { figures, reseed, VARIANTS } from './noise-variants.ts';

const REAL = '../shared/real/content';
const documents = [
  ...Object.values(SEEDS).map((s) => s.path),
  ...(existsSync(REAL) ? readdirSync(REAL).map((slug) => `${REAL}/${slug}/2026.txt`) : []),
];

function parse(file: string, text: string | Uint8Array): BudgetDocument {
  const r = readDocument(text, { file, department: null, year: null });
  const errors = r.issues.filter((i) => i.severity === 'error');
  if (!r.value || errors.length > 0) throw new Error(errors.map((i) => `${i.line}: ${i.message}`).join('\n'));
  return r.value;
}

describe.each(documents)('%s', (file) => {
  const text = readFileSync(file, 'utf8');
  const baseline = figures(parse(file, text));
  it.each(Object.keys(VARIANTS))('keeps every figure with %s', (name) => {
    reseed();
    expect(figures(parse(file, VARIANTS[name]!(text)))).toEqual(baseline);
  });
});
