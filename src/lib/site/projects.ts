import Decimal from 'decimal.js';
import type { Occurrence } from '../corpus/corpus.ts';
import { wan } from '../viz/format.ts';

interface Entry {
  code: string;
  name: string;
  occurrences: Occurrence[];
}

/** The largest projects, each counted once: a consolidated unit's copy is skipped. */
export function largestProjects(projects: readonly Entry[], n: number) {
  return projects
    .flatMap((e) => e.occurrences.filter((o) => !o.consolidated && o.total !== null).map((o) => ({ code: e.code, name: o.name, total: o.total!, department: o.department, year: o.year })))
    .sort((a, b) => new Decimal(b.total).comparedTo(new Decimal(a.total)))
    .slice(0, n);
}

/** "2026年 1,234.56 万元；2025年 …", leaving out a consolidated unit's copy of the same money. */
export function amountSummary(occurrences: readonly { year: number; consolidated: boolean; project: { total: string | null } }[]): string {
  return occurrences
    .filter((o) => !o.consolidated)
    .map((o) => `${o.year}年 ${wan(o.project.total)}`)
    .join('；');
}
