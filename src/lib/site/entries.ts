import { buildCorpus, type Corpus } from '../corpus/corpus.ts';
import { loadCorpus } from '../corpus/load.ts';
import { defaultStoreDir, fileStore, type ModelStore } from '../corpus/store.ts';
import type { DocumentJson, FindingJson } from '../model/schema.ts';
import { BudgetParseError } from '../parse/issues.ts';

export const contentRoot = () => process.env.CONTENT_DIR ?? 'content';
let cached: Corpus | null = null;
let store: ModelStore | null = null;

/** The models the content loader wrote, read one document at a time by the pages. */
export function modelStore(): ModelStore {
  store ??= fileStore(defaultStoreDir(contentRoot()));
  return store;
}

/** The boundary: loads content/ once per build and throws if any document has errors. */
export function siteCorpus(): Corpus {
  if (cached) return cached;
  const loaded = loadCorpus(contentRoot(), { store: modelStore() });
  const errors = loaded.issues.filter((i) => i.severity === 'error');
  if (errors.length) throw new BudgetParseError(errors);
  // The benchmark reads this line to show that a rebuild re-parses only changed documents.
  if (loaded.parsed.length) console.log(`[budgets] parsed ${loaded.parsed.length} of ${loaded.documents.length} documents; ${loaded.documents.length - loaded.parsed.length} unchanged, read from the store`);
  cached = buildCorpus(loaded);
  return cached;
}

/**
 * Collection entries hold the index of the corpus (totals, projects, consolidation); each
 * document's full model stays in the store, so 10,000 documents do not become one module.
 */
export function siteEntries() {
  const corpus = siteCorpus();
  return {
    departments: corpus.departments.map((d) => ({ id: d.slug, ...d })),
    // Pages need a document's totals, not its project list or block signatures (those built
    // the corpus): leaving them out keeps the bundled data store small at city scale.
    budgets: corpus.documents.map(({ projects, general: _, ...doc }) => ({
      ...doc,
      projectCount: projects.length,
      consolidatedInto: corpus.consolidated.get(doc.id) ?? null,
      crossFindings: corpus.crossFindings.filter((f) => f.department === doc.department && f.year === doc.year),
    })),
    // Astro bundles the data store as one module: 175,000 projects with their occurrences do not
    // fit, so the collection names the projects and pages read occurrences from the index.
    projects: corpus.projects.map((p) => ({ id: p.code, code: p.code, name: p.name })),
  };
}

export interface BudgetIndex {
  id: string;
  consolidatedInto: string | null;
  crossFindings: FindingJson[];
}

/** A budget page's full data: the stored model plus what the corpus knows about it. */
export function budgetEntry(index: BudgetIndex): DocumentJson & { consolidatedInto: string | null; crossFindings: FindingJson[] } {
  return { ...modelStore().get(index.id), consolidatedInto: index.consolidatedInto, crossFindings: index.crossFindings };
}

let projectIndex: Map<string, Corpus['projects'][number]> | null = null;

/** A project's entry of the corpus index: every document it appears in. */
export function projectEntry(code: string): Corpus['projects'][number] {
  projectIndex ??= new Map(siteCorpus().projects.map((p) => [p.code, p]));
  return projectIndex.get(code)!;
}

type Project = DocumentJson['projects'][number];
type ProjectLine = NonNullable<DocumentJson['projectExpenditure']>['rows'][number];
const nameKey = (name: string) => name.replace(/\s+/g, '');
// Built once per model: a project page looking through every row of a document, for each of
// 17,580 pages, was a third of their build time at 1,000 documents.
const modelIndex = new WeakMap<DocumentJson, { projects: Map<string, Project>; lines: Map<string, ProjectLine[]> }>();

function indexOf(model: DocumentJson) {
  let index = modelIndex.get(model);
  if (!index) {
    const lines = new Map<string, ProjectLine[]>();
    for (const r of model.projectExpenditure?.rows ?? []) lines.set(nameKey(r.name), [...(lines.get(nameKey(r.name)) ?? []), r]);
    index = { projects: new Map(model.projects.map((p) => [p.code, p])), lines };
    modelIndex.set(model, index);
  }
  return index;
}

/** Each document a project appears in, with the project as printed there and its 项目支出表 lines. */
export function projectOccurrences(code: string) {
  const entry = projectEntry(code);
  return entry.occurrences.map((o) => {
    const index = indexOf(modelStore().get(`${o.department}/${o.year}`));
    const project = index.projects.get(entry.code)!;
    return { ...o, project, items: index.lines.get(nameKey(project.name)) ?? [] };
  });
}

/**
 * Project pages in the order of the documents they come from, so that consecutive pages read the
 * same few models and the store's window of recent models serves them: at 1,000 documents,
 * reading models for the project pages took 9 s in code order and 2.5 s (each model once) so.
 */
export function inDocumentOrder<P extends { code: string }>(projects: readonly P[]): P[] {
  const first = (p: P) => projectEntry(p.code).occurrences.at(-1)!;
  return [...projects].sort((a, b) => {
    const x = first(a);
    const y = first(b);
    return x.department.localeCompare(y.department) || x.year - y.year || a.code.localeCompare(b.code);
  });
}
