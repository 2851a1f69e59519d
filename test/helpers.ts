import { readFileSync } from 'node:fs';
import { readDocument } from '../src/lib/corpus/read.ts';
import type { BudgetDocument } from '../src/lib/model/schema.ts';

/** The seed documents as committed under content/ (byte for byte). */
export const SEEDS = {
  '000': { path: 'content/citizen-hotline-center/2023.txt', department: 'citizen-hotline-center', year: 2023 },
  '001': { path: 'content/citizen-hotline-center/2026.txt', department: 'citizen-hotline-center', year: 2026 },
  '002': { path: 'content/dongcheng-city-command-center/2024.txt', department: 'dongcheng-city-command-center', year: 2024 },
  '003': { path: 'content/gov-services-data-bureau/2026.txt', department: 'gov-services-data-bureau', year: 2026 },
  '004': { path: 'content/chaoyang-city-command-center/2026.txt', department: 'chaoyang-city-command-center', year: 2026 },
} as const;
export type SeedId = keyof typeof SEEDS;

export function seedText(id: SeedId): string {
  return readFileSync(SEEDS[id].path, 'utf8');
}

export function parseSeedText(id: SeedId, text: string | Uint8Array = seedText(id)): BudgetDocument {
  const s = SEEDS[id];
  const r = readDocument(text, { file: s.path, department: s.department, year: s.year });
  if (!r.value) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.value;
}

export const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');
