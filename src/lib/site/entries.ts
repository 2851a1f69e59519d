import { buildCorpus, docKey, type Corpus } from '../corpus/corpus.ts';
import { loadCorpus } from '../corpus/load.ts';
import { plain, toJson } from '../model/serialize.ts';
import { BudgetParseError } from '../parse/issues.ts';

let cached: Corpus | null = null;

/** The boundary: loads content/ once per build and throws if any document has errors. */
export function siteCorpus(root = process.env.CONTENT_DIR ?? 'content'): Corpus {
  if (cached) return cached;
  const loaded = loadCorpus(root);
  const errors = loaded.issues.filter((i) => i.severity === 'error');
  if (errors.length) throw new BudgetParseError(errors);
  cached = buildCorpus(loaded);
  return cached;
}

/** Collection entries: plain JSON, amounts as decimal strings in 万元. */
export function siteEntries() {
  const corpus = siteCorpus();
  const parentOf = (slug: string | null) => corpus.departments.find((d) => d.slug === slug)?.parent ?? null;
  return {
    departments: corpus.departments.map((d) => ({ id: d.slug, ...d })),
    budgets: corpus.documents.map((doc) => ({
      id: docKey(doc),
      ...toJson(doc),
      consolidatedInto: corpus.consolidated.has(docKey(doc)) ? parentOf(doc.department) : null,
      crossFindings: corpus.crossFindings.filter((f) => f.department === doc.department && f.year === doc.year).map((f) => plain(f)),
    })),
    projects: corpus.projects.map((p) => ({ id: p.code, ...(plain(p) as object) })),
  };
}
