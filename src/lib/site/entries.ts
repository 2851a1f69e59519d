import { buildCorpus, type Corpus } from '../corpus/corpus.ts';
import { loadCorpus } from '../corpus/load.ts';
import { defaultStoreDir, fileStore, type ModelStore } from '../corpus/store.ts';
import type { DocumentJson, FindingJson } from '../model/schema.ts';
import { BudgetParseError } from '../parse/issues.ts';

const root = () => process.env.CONTENT_DIR ?? 'content';
let cached: Corpus | null = null;
let store: ModelStore | null = null;

/** The models the content loader wrote, read one document at a time by the pages. */
export function modelStore(): ModelStore {
  store ??= fileStore(defaultStoreDir(root()));
  return store;
}

/** The boundary: loads content/ once per build and throws if any document has errors. */
export function siteCorpus(): Corpus {
  if (cached) return cached;
  const loaded = loadCorpus(root(), { store: modelStore() });
  const errors = loaded.issues.filter((i) => i.severity === 'error');
  if (errors.length) throw new BudgetParseError(errors);
  // The benchmark reads this line to show that a rebuild re-parses only changed documents.
  console.log(`[budgets] parsed ${loaded.parsed.length} of ${loaded.documents.length} documents; ${loaded.documents.length - loaded.parsed.length} unchanged, read from the store`);
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

/** Each document a project appears in, with the project as printed there and its 项目支出表 lines. */
export function projectOccurrences(code: string) {
  const entry = projectEntry(code);
  return entry.occurrences.map((o) => {
    const model = modelStore().get(`${o.department}/${o.year}`);
    const project = model.projects.find((p) => p.code === entry.code)!;
    const key = project.name.replace(/\s+/g, '');
    const items = (model.projectExpenditure?.rows ?? []).filter((r) => r.name.replace(/\s+/g, '') === key);
    return { ...o, project, items };
  });
}

/**
 * A budget entry whose model is read from the store only when a field is used, so a corpus-wide
 * file can walk 10,000 documents holding one model at a time.
 */
export function lazyEntry(index: BudgetIndex & { department: string; year: number }): ReturnType<typeof budgetEntry> {
  // No memo here: the store keeps a window of recent models, and rows that hold this entry
  // must not keep every model alive.
  return new Proxy({} as ReturnType<typeof budgetEntry>, {
    get: (_, key: string) => (key === 'department' ? index.department : key === 'year' ? index.year : budgetEntry(index)[key as keyof ReturnType<typeof budgetEntry>]),
  });
}
