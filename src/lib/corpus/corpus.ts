import type { Department } from '../model/department.ts';
import type { FindingJson } from '../model/schema.ts';
import { plain } from '../model/serialize.ts';
import { unitInDepartment } from '../reconcile/consolidation.ts';
import type { LoadedCorpus } from './load.ts';
import type { DocSummary } from './summary.ts';

export interface Occurrence {
  department: string;
  year: number;
  name: string;
  total: string | null;
  line: number;
  /** True when this document is a unit's own, also consolidated in its department's. */
  consolidated: boolean;
}

export interface ProjectIndexEntry {
  code: string;
  name: string;
  occurrences: Occurrence[];
}

export type CrossFinding = FindingJson & { department: string; year: number };

export interface Corpus {
  departments: Department[];
  documents: DocSummary[];
  years: number[];
  projects: ProjectIndexEntry[];
  /** Ids ("<dept>/<year>") of unit documents counted inside their department's document. */
  consolidated: Map<string, string>;
  /** Findings that need two documents: a unit's budget against its block in its department's. */
  crossFindings: CrossFinding[];
}

export const docKey = (d: { department: string | null; year: number | null }) => `${d.department}/${d.year}`;

export function buildCorpus(loaded: Pick<LoadedCorpus, 'departments' | 'documents'>): Corpus {
  const { departments, documents } = loaded;
  const byKey = new Map(documents.map((d) => [d.id, d]));
  const parentOf = new Map(departments.map((d) => [d.slug, d.parent]));
  const consolidated = new Map<string, string>();
  const crossFindings: CrossFinding[] = [];
  for (const doc of documents) {
    const parentSlug = parentOf.get(doc.department);
    const parent = parentSlug ? byKey.get(`${parentSlug}/${doc.year}`) : undefined;
    if (!parent) continue;
    consolidated.set(doc.id, parent.department);
    for (const f of unitInDepartment(doc, parent)) crossFindings.push({ ...(plain(f) as FindingJson), department: doc.department, year: doc.year });
  }
  const index = new Map<string, ProjectIndexEntry>();
  for (const doc of documents) {
    for (const p of doc.projects) {
      const entry = index.get(p.code) ?? { code: p.code, name: p.name, occurrences: [] };
      entry.occurrences.push({ department: doc.department, year: doc.year, name: p.name, total: p.total, line: p.line, consolidated: consolidated.has(doc.id) });
      index.set(p.code, entry);
    }
  }
  for (const e of index.values()) {
    e.occurrences.sort((a, b) => b.year - a.year || Number(a.consolidated) - Number(b.consolidated));
    e.name = e.occurrences[0]!.name;
  }
  const years = [...new Set(documents.map((d) => d.year))].sort((a, b) => a - b);
  return { departments, documents, years, projects: [...index.values()].sort((a, b) => a.code.localeCompare(b.code)), consolidated, crossFindings };
}
