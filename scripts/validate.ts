// npm run validate [-- CONTENT_DIR] [--narrative NARRATIVE_DIR]
// Parses all of content/, prints every issue, finding and line it could not place, grouped per
// file with file:line. Exits 1 on errors; findings (the source disagreeing with itself) are not errors.
import { buildCorpus } from '../src/lib/corpus/corpus.ts';
import { loadCorpus } from '../src/lib/corpus/load.ts';
import type { BudgetDocument, Finding, FindingJson } from '../src/lib/model/schema.ts';
import { formatIssue } from '../src/lib/parse/issues.ts';

// The folder: `--content DIR`, or the first argument, or content/.
const args = process.argv.slice(2);
const flag = args.indexOf('--content');
const narrativeFlag = args.indexOf('--narrative');
const values = new Set([flag, narrativeFlag].filter((i) => i >= 0).map((i) => i + 1));
const root = (flag >= 0 ? args[flag + 1] : args.find((a, i) => !a.startsWith('--') && !values.has(i))) ?? 'content';
// The 情况说明: `--narrative DIR`, else NARRATIVE_DIR, else beside the documents.
const narrativeDir = (narrativeFlag >= 0 ? args[narrativeFlag + 1] : process.env.NARRATIVE_DIR) ?? root;
type Report = Pick<BudgetDocument, 'name' | 'year' | 'unplaced'> & { findings: (Finding | FindingJson)[]; tables: number; projects: number; explanation: string | null };
const reports = new Map<string, Report>();
// Models are streamed: only what gets printed is kept, so a whole city's corpus fits.
const loaded = loadCorpus(root, {
  narrativeDir,
  onModel: (m) =>
    reports.set(m.file, {
      name: m.name,
      year: m.year,
      findings: m.findings,
      unplaced: m.unplaced,
      tables: m.tables.length,
      projects: m.projects.length,
      explanation: m.explanation ? `情况说明 ${m.explanation.file}: ${m.explanation.sections.filter((s) => s.level > 0).length} sections` : null,
    }),
});
const corpus = buildCorpus(loaded);
const files = new Set<string>([...loaded.issues.map((i) => i.file), ...reports.keys()]);
let errors = 0;
for (const file of [...files].sort()) {
  const doc = reports.get(file);
  const summary = loaded.documents.find((d) => d.file === file);
  const issues = loaded.issues.filter((i) => i.file === file);
  const cross: FindingJson[] = corpus.crossFindings.filter((f) => summary && f.department === summary.department && f.year === summary.year);
  console.log(`\n== ${file}${doc ? `  (${doc.name ?? '名称未印'}, ${doc.year ?? '年度未知'}; ${doc.tables} tables, ${doc.projects} projects${doc.explanation ? `; ${doc.explanation}` : ''})` : ''}`);
  for (const i of issues) console.log(`  ${formatIssue(i)}`);
  errors += issues.filter((i) => i.severity === 'error').length;
  for (const f of [...(doc?.findings ?? []), ...cross]) console.log(`  ${file}:${f.stated.line ?? f.lines[0] ?? 1}: finding [${f.code}] ${f.message} (lines ${f.lines.join(', ')})`);
  for (const u of doc?.unplaced ?? []) console.log(`  ${file}:${u.line}: unplaced: ${u.reason}: ${JSON.stringify(u.text.slice(0, 120))}`);
}
const findings = [...reports.values()].reduce((n, d) => n + d.findings.length, corpus.crossFindings.length);
const unplaced = [...reports.values()].reduce((n, d) => n + d.unplaced.length, 0);
const explained = [...reports.values()].filter((d) => d.explanation).length;
console.log(`\n${loaded.documents.length} documents (${explained} with a 情况说明), ${corpus.departments.length} departments, ${corpus.projects.length} projects; ${errors} errors, ${loaded.issues.length - errors} warnings, ${findings} findings, ${unplaced} unplaced lines`);
process.exit(errors > 0 ? 1 : 0);
