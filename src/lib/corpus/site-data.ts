import type { Department } from '../model/department.ts';
import type { DocumentJson, FindingJson } from '../model/schema.ts';
import type { Corpus, ProjectIndexEntry } from './corpus.ts';
import type { ModelStore } from './store.ts';
import type { DocSummary } from './summary.ts';

/** A budget as lists and totals need it: its summary without the project list, plus what the corpus knows. */
export type BudgetSummary = Omit<DocSummary, 'projects' | 'general'> & {
  projectCount: number;
  /** Slug of the department whose document already counts this unit, else null. */
  consolidatedInto: string | null;
  /** Findings that compare this document with its department's. */
  crossFindings: FindingJson[];
};

/** A document's full model with what the corpus knows about it: what a budget page and its data files show. */
export type BudgetDocumentData = DocumentJson & Pick<BudgetSummary, 'consolidatedInto' | 'crossFindings'>;

type ProjectModel = DocumentJson['projects'][number];
type ProjectLine = NonNullable<DocumentJson['projectExpenditure']>['rows'][number];
/** A project as one document prints it, with that document's 项目支出表 lines of the same name. */
export type ProjectOccurrence = ProjectIndexEntry['occurrences'][number] & { project: ProjectModel; items: ProjectLine[] };

const nameKey = (name: string) => name.replace(/\s+/g, '');

/**
 * The one object pages, data files and search read: departments, budgets, projects and years
 * of the corpus, built once per build from the summaries in the store, and each document's full
 * model read from the store (validated) when a page or file needs it.
 */
export class SiteData {
  /** By name (zh-CN collation), as lists show them. */
  readonly departments: Department[];
  /** Newest year first, then by department slug. */
  readonly budgets: BudgetSummary[];
  /** By project code. */
  readonly projects: ProjectIndexEntry[];
  /** Oldest first. */
  readonly years: number[];
  private readonly departmentBySlug: Map<string, Department>;
  private readonly projectByCode: Map<string, ProjectIndexEntry>;
  // Built once per model: a project page looking through every row of a document, for each of
  // 17,580 pages, was a third of their build time at 1,000 documents.
  private readonly modelIndex = new WeakMap<DocumentJson, { projects: Map<string, ProjectModel>; lines: Map<string, ProjectLine[]> }>();

  constructor(
    readonly corpus: Corpus,
    private readonly store: ModelStore,
  ) {
    this.departmentBySlug = new Map(corpus.departments.map((d) => [d.slug, d]));
    this.projectByCode = new Map(corpus.projects.map((p) => [p.code, p]));
    this.departments = [...corpus.departments].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    this.budgets = corpus.documents
      // Pages need a document's totals, not its project list or block signatures (those built the corpus).
      .map(({ projects, general: _, ...doc }) => ({
        ...doc,
        projectCount: projects.length,
        consolidatedInto: corpus.consolidated.get(doc.id) ?? null,
        crossFindings: corpus.crossFindings.filter((f) => f.department === doc.department && f.year === doc.year),
      }))
      .sort((a, b) => b.year - a.year || a.department.localeCompare(b.department));
    this.projects = corpus.projects;
    this.years = corpus.years;
  }

  department(slug: string | null): Department | undefined {
    return this.departmentBySlug.get(slug ?? '');
  }

  /** The department's name; its slug if the corpus has no such department. */
  departmentName(slug: string | null): string {
    return this.department(slug)?.name ?? slug ?? '';
  }

  /** A budget's full model, read from the store, with what the corpus knows about it. */
  budgetDocument(budget: Pick<BudgetSummary, 'id' | 'consolidatedInto' | 'crossFindings'>): BudgetDocumentData {
    return { ...this.store.get(budget.id), consolidatedInto: budget.consolidatedInto, crossFindings: budget.crossFindings };
  }

  project(code: string): ProjectIndexEntry {
    const entry = this.projectByCode.get(code);
    if (!entry) throw new Error(`site data: no project ${code}`);
    return entry;
  }

  /** A project's name, or undefined where no project has that code. */
  projectName(code: string): string | undefined {
    return this.projectByCode.get(code)?.name;
  }

  /** Each document a project appears in, newest first, with the project as printed there. */
  projectOccurrences(code: string): ProjectOccurrence[] {
    const entry = this.project(code);
    return entry.occurrences.map((o) => {
      const index = this.indexOf(this.store.get(`${o.department}/${o.year}`));
      const project = index.projects.get(entry.code)!;
      return { ...o, project, items: index.lines.get(nameKey(project.name)) ?? [] };
    });
  }

  /**
   * Projects in the order of the documents they come from, so that consecutive pages read the
   * same few models and the store's window of recent models serves them: at 1,000 documents,
   * reading models for the project pages took 9 s in code order and 2.5 s (each model once) so.
   */
  projectsInDocumentOrder(): ProjectIndexEntry[] {
    const first = (p: ProjectIndexEntry) => p.occurrences.at(-1)!;
    return [...this.projects].sort((a, b) => {
      const x = first(a);
      const y = first(b);
      return x.department.localeCompare(y.department) || x.year - y.year || a.code.localeCompare(b.code);
    });
  }

  private indexOf(model: DocumentJson) {
    let index = this.modelIndex.get(model);
    if (!index) {
      const lines = new Map<string, ProjectLine[]>();
      for (const r of model.projectExpenditure?.rows ?? []) lines.set(nameKey(r.name), [...(lines.get(nameKey(r.name)) ?? []), r]);
      index = { projects: new Map(model.projects.map((p) => [p.code, p])), lines };
      this.modelIndex.set(model, index);
    }
    return index;
  }
}

// Astro loads this module more than once in one process (the integration through its config
// loader, the pages from their bundle), and each copy has its own module variables: the one
// object built by the integration is handed to the others through the process's global object.
const SHARED = Symbol.for('beijing-budgets.site-data');
type WithSiteData = typeof globalThis & { [SHARED]?: SiteData };

/** Makes `data` the site data of this process (the build integration and the publish worker call it). */
export function provideSiteData(data: SiteData): SiteData {
  (globalThis as WithSiteData)[SHARED] = data;
  return data;
}

/** The site data of this build. */
export function siteData(): SiteData {
  const data = (globalThis as WithSiteData)[SHARED];
  if (!data) throw new Error('site data: not built; pages are rendered by `astro build` or `astro dev` with the budgets integration (astro.config.mjs)');
  return data;
}
