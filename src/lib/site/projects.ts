import Decimal from 'decimal.js';
import type { ProjectJson } from '../model/schema.ts';

interface Occ {
  department: string;
  year: number;
  consolidated: boolean;
  project: ProjectJson;
}
interface Entry {
  code: string;
  name: string;
  occurrences: Occ[];
}

/** The largest projects, each counted once: a consolidated unit's copy is skipped. */
export function largestProjects(projects: readonly Entry[], n: number) {
  return projects
    .flatMap((e) => e.occurrences.filter((o) => !o.consolidated).map((o) => ({ code: e.code, name: o.project.name, total: o.project.total, department: o.department, year: o.year })))
    .filter((p) => p.total !== null)
    .sort((a, b) => new Decimal(b.total!).comparedTo(new Decimal(a.total!)))
    .slice(0, n);
}

/** One row per document the project appears in, newest first. */
export function amountsByYear(entry: Entry) {
  return [...entry.occurrences].sort((a, b) => b.year - a.year || Number(a.consolidated) - Number(b.consolidated));
}
