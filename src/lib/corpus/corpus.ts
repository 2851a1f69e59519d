import type { Department } from '../model/department.ts';
import { sum, type Money } from '../model/money.ts';
import type { BudgetDocument, Finding, Project } from '../model/schema.ts';
import { unitInDepartment } from '../reconcile/consolidation.ts';
import type { LoadedCorpus } from './load.ts';

export interface Occurrence {
  department: string;
  year: number;
  file: string;
  project: Project;
  /** True when this document is a unit's own, also consolidated in its department's. */
  consolidated: boolean;
}

export interface ProjectIndexEntry {
  code: string;
  name: string;
  occurrences: Occurrence[];
}

export interface Corpus {
  departments: Department[];
  documents: BudgetDocument[];
  years: number[];
  projects: ProjectIndexEntry[];
  /** "<dept>/<year>" of unit documents counted inside their department's document. */
  consolidated: Set<string>;
  /** Findings that need two documents: a unit's budget against its block in its department's. */
  crossFindings: (Finding & { department: string; year: number })[];
}

export const docKey = (d: { department: string | null; year: number | null }) => `${d.department}/${d.year}`;

export function buildCorpus(loaded: LoadedCorpus): Corpus {
  const { departments, documents } = loaded;
  const byKey = new Map(documents.map((d) => [docKey(d), d]));
  const consolidated = new Set<string>();
  const crossFindings: Corpus['crossFindings'] = [];
  for (const doc of documents) {
    const dept = departments.find((d) => d.slug === doc.department);
    const parent = dept?.parent ? byKey.get(`${dept.parent}/${doc.year}`) : undefined;
    if (!parent) continue;
    consolidated.add(docKey(doc));
    for (const f of unitInDepartment(doc, parent)) crossFindings.push({ ...f, department: doc.department!, year: doc.year! });
  }
  const index = new Map<string, ProjectIndexEntry>();
  for (const doc of documents) {
    for (const project of doc.projects) {
      const entry = index.get(project.code) ?? { code: project.code, name: project.name, occurrences: [] };
      entry.occurrences.push({ department: doc.department!, year: doc.year!, file: doc.file, project, consolidated: consolidated.has(docKey(doc)) });
      index.set(project.code, entry);
    }
  }
  for (const e of index.values()) {
    e.occurrences.sort((a, b) => a.year - b.year || Number(a.consolidated) - Number(b.consolidated));
    e.name = e.occurrences[e.occurrences.length - 1]!.project.name;
  }
  const years = [...new Set(documents.map((d) => d.year!))].sort((a, b) => a - b);
  return { departments, documents, years, projects: [...index.values()].sort((a, b) => a.code.localeCompare(b.code)), consolidated, crossFindings };
}

/** What a document spends in the year: 收支总表's 本年支出合计, else 支出总表's 合计. */
export function documentTotal(doc: BudgetDocument): Money | null {
  return doc.summary?.expenditureThisYear ?? doc.expenditure?.total ?? null;
}

/** A year's total counts each unit once: consolidated units are inside their department. */
export function yearTotal(corpus: Corpus, year: number): Money {
  return sum(corpus.documents.filter((d) => d.year === year && !corpus.consolidated.has(docKey(d))).map(documentTotal));
}
