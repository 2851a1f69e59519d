import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { departmentSchema, type Department } from '../model/department.ts';
import type { BudgetDocument, DocumentJson } from '../model/schema.ts';
import { narrativeFile, sameFolder } from './paths.ts';
import { readDocument } from './read.ts';
import { issue, type Issue } from '../parse/issues.ts';
import { memoryStore, storeKey, type ModelStore, type StoredOutcome } from './store.ts';
import { summarize, type DocSummary, type FileCount } from './summary.ts';

export interface LoadedCorpus {
  departments: Department[];
  documents: DocSummary[];
  issues: Issue[];
  /** Ids of the documents parsed in this run (the others came from the store unchanged). */
  parsed: string[];
  store: ModelStore;
}

export interface LoadOptions {
  store?: ModelStore;
  /** Where the documents' 情况说明 are (NARRATIVE_DIR); by default beside them, in the content folder. */
  narrativeDir?: string;
  /** Called with each parsed model, e.g. to print its findings, without keeping them all. */
  onModel?: (model: BudgetDocument) => void;
  /**
   * The data files a model gives and their rows, kept in its summary so that the data index
   * needs no model. Passed in by the build, which owns the data files (corpus/ knows no CSV).
   */
  countFiles?: (model: DocumentJson) => FileCount[];
}

const YEAR_FILE = /^(\d{4})\.txt$/;
const NARRATIVE_FILE = /^(\d{4})\.narrative\.txt$/;

/**
 * Reads content/: one folder per department with department.json and one <year>.txt per
 * budget year. Every problem becomes an issue with file and line; nothing is skipped silently.
 */
export function loadCorpus(root = 'content', options: LoadOptions = {}): LoadedCorpus {
  const store = options.store ?? memoryStore();
  const narrativeDir = options.narrativeDir ?? root;
  const beside = sameFolder(root, narrativeDir);
  const out: LoadedCorpus = { departments: [], documents: [], issues: [], parsed: [], store };
  if (!existsSync(root)) {
    out.issues.push(issue('no-tables', root, 1, `expected a content folder at ${root}, found none`));
    return out;
  }
  for (const slug of readdirSync(root).sort()) {
    const dir = join(root, slug);
    if (slug.startsWith('.') || !statSync(dir).isDirectory()) continue;
    const meta = readMeta(`${root}/${slug}/department.json`, out.issues);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(slug)) out.issues.push(issue('bad-folder-name', `${root}/${slug}`, 1, `expected a folder name of lowercase letters, digits and hyphens (it becomes a URL), found "${slug}"`));
    const years: number[] = [];
    const names = readdirSync(dir).sort();
    for (const name of names) {
      if (name === 'department.json') continue;
      const file = `${root}/${slug}/${name}`;
      const n = NARRATIVE_FILE.exec(name);
      if (n) {
        // Read with its budget document (below); on its own it would be silently left out.
        if (!beside) out.issues.push(issue('unknown-file', file, 1, `expected 情况说明 in NARRATIVE_DIR (${narrativeDir}/${slug}/${n[1]}.txt), found one in the content folder; it is not part of the site`));
        else if (!names.includes(`${n[1]}.txt`)) out.issues.push(issue('unknown-file', file, 1, `expected the budget document ${n[1]}.txt beside this 情况说明, found none; it is not part of the site`));
        continue;
      }
      const m = YEAR_FILE.exec(name);
      if (!m) {
        out.issues.push(issue('unknown-file', file, 1, 'expected department.json, a budget file named <year>.txt or its 情况说明 <year>.narrative.txt, found another file; it is not part of the site'));
        continue;
      }
      const id = `${slug}/${m[1]}`;
      const { outcome: cached, parsed } = loadDocument(store, documentFile(root, narrativeDir, slug, Number(m[1])), options);
      if (parsed) out.parsed.push(id);
      out.issues.push(...cached.issues);
      if (cached.summary) {
        out.documents.push(cached.summary);
        years.push(Number(m[1]));
      }
    }
    if (meta) out.departments.push({ ...meta, slug, years });
  }
  if (!beside) out.issues.push(...strayNarratives(root, narrativeDir));
  for (const d of out.departments) {
    if (d.parent && !out.departments.some((p) => p.slug === d.parent)) {
      out.issues.push(issue('bad-metadata', `${root}/${d.slug}/department.json`, 1, `expected "parent" to name a department folder, found "${d.parent}"`));
    }
    // A predecessor not on file is given by its name; a slug must name a folder.
    const slug = d.predecessor?.slug;
    if (slug && !out.departments.some((p) => p.slug === slug)) {
      out.issues.push(issue('bad-metadata', `${root}/${d.slug}/department.json`, 1, `expected "predecessor.slug" to name a department folder, found "${slug}" (give {"name": …} for one not on file)`));
    }
  }
  return out;
}

export interface DocumentFile {
  id: string;
  /** As printed in messages: `content/<slug>/<year>.txt`. */
  file: string;
  path: string;
  department: string;
  year: number;
  /** Its 情况说明, when the narrative folder has one (`file` as messages print it, which is also its path). */
  narrative: { file: string } | null;
}

/** `<root>/<dept>/<year>.txt` with its 情况说明, if there is one. */
export function documentFile(root: string, narrativeDir: string, department: string, year: number): DocumentFile {
  const narrative = narrativeFile(root, narrativeDir, department, year);
  return {
    id: `${department}/${year}`,
    file: `${root}/${department}/${year}.txt`,
    path: join(root, department, `${year}.txt`),
    department,
    year,
    narrative: existsSync(narrative) ? { file: narrative } : null,
  };
}

/** Files of a narrative folder of its own that no budget document reads: reported, not dropped. */
function strayNarratives(root: string, narrativeDir: string): Issue[] {
  if (!existsSync(narrativeDir)) return [issue('unknown-file', narrativeDir, 1, `expected a folder of 情况说明 at ${narrativeDir} (NARRATIVE_DIR), found none`)];
  const out: Issue[] = [];
  for (const slug of readdirSync(narrativeDir).sort()) {
    if (slug.startsWith('.') || !statSync(join(narrativeDir, slug)).isDirectory()) continue;
    for (const name of readdirSync(join(narrativeDir, slug)).sort()) {
      const m = YEAR_FILE.exec(name);
      const file = `${narrativeDir}/${slug}/${name}`;
      if (!m) out.push(issue('unknown-file', file, 1, 'expected a 情况说明 named <year>.txt, found another file; it is not part of the site'));
      else if (!existsSync(join(root, slug, name))) out.push(issue('unknown-file', file, 1, `expected the budget document ${root}/${slug}/${name} this 情况说明 belongs to, found none; it is not part of the site`));
    }
  }
  return out;
}

/**
 * One document: its stored outcome if the store holds one for this exact content, else parsed
 * now and stored. Documents are independent, so parallel workers may each load a share.
 */
export function loadDocument(store: ModelStore, doc: DocumentFile, options: Pick<LoadOptions, 'onModel' | 'countFiles'> = {}): { outcome: StoredOutcome; parsed: boolean } {
  const { onModel, countFiles = () => [] } = options;
  const bytes = readFileSync(doc.path);
  const narrative = doc.narrative ? { file: doc.narrative.file, bytes: readFileSync(doc.narrative.file) } : null;
  const key = storeKey(bytes, doc.file, narrative ?? undefined);
  const cached = store.lookup(doc.id, key);
  if (cached && !onModel) return { outcome: cached, parsed: false };
  const result = readDocument(bytes, { file: doc.file, department: doc.department, year: doc.year }, narrative && { input: narrative.bytes, file: narrative.file });
  const model = result.value;
  // Decimal's toJSON is its decimal string (money.ts turns exponent notation off).
  const json = model ? JSON.stringify(model) : null;
  // The data files are defined on the JSON model, as pages and the data writer see it.
  const outcome = { key, issues: result.issues, summary: model ? { ...summarize(model), files: countFiles(JSON.parse(json!) as DocumentJson) } : null };
  store.put(doc.id, outcome, json);
  if (model) onModel?.(model);
  return { outcome, parsed: true };
}

/** The budget files under content/, as loadCorpus reads them (without checking folder names). */
export function budgetFiles(root: string, narrativeDir = root): DocumentFile[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .filter((slug) => !slug.startsWith('.') && statSync(join(root, slug)).isDirectory())
    .flatMap((slug) =>
      readdirSync(join(root, slug))
        .sort()
        .flatMap((name) => {
          const m = YEAR_FILE.exec(name);
          return m ? [documentFile(root, narrativeDir, slug, Number(m[1]))] : [];
        }),
    );
}

function readMeta(file: string, issues: Issue[]) {
  if (!existsSync(file)) {
    issues.push(issue('bad-metadata', file, 1, 'expected a department.json with name, code, level, district and parent, found none'));
    return null;
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    issues.push(issue('bad-metadata', file, 1, `expected valid JSON, found: ${(e as Error).message}`));
    return null;
  }
  const parsed = departmentSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    issues.push(issue('bad-metadata', file, 1, `expected ${first.path.join('.') || 'an object'}: ${first.message}`));
    return null;
  }
  return parsed.data;
}
