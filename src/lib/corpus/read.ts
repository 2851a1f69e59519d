import type { BudgetDocument } from '../model/schema.ts';
import { parseDocument, REQUIRED_KINDS, type DocumentMeta } from '../parse/document.ts';
import { issue, type Issue, type Result } from '../parse/issues.ts';
import { kindOfTitle } from '../parse/kinds.ts';
import { parseNarrative } from '../parse/narrative/index.ts';
import { reconcileDocument } from '../reconcile/document.ts';
import { printedCodeIssues, projectCodeIssues } from './printed-codes.ts';

/** A document's 情况说明, from its own file. */
export interface NarrativeInput {
  input: Uint8Array | string;
  /** As messages and links print it: `content/<dept>/<year>.narrative.txt`. */
  file: string;
}

/**
 * A document read: parsed, then checked against itself. Two stages, so that the parser reads
 * what is printed and knows nothing of what should add up; findings are the second stage's.
 * Its 情况说明, when it has one, is parsed from its own file into `explanation`; its issues
 * name that file.
 */
export function readDocument(input: Uint8Array | string, meta: DocumentMeta, narrative?: NarrativeInput | null): Result<BudgetDocument | null> {
  const result = parseDocument(input, meta);
  if (result.value) {
    result.value.findings = reconcileDocument(result.value);
    result.issues.push(...printedCodeIssues(result.value, meta.file), ...projectCodeIssues(result.value, meta.file));
  }
  if (narrative) {
    const read = parseNarrative(narrative.input, { file: narrative.file, year: meta.year });
    result.issues.push(...read.issues);
    if (result.value) {
      result.value.explanation = read.value;
      result.issues.push(...unprintedTables(result.value, meta.file));
    }
  }
  return result;
}

/**
 * The 情况说明's 目录 lists the tables the publication holds: one the document does not print was
 * lost (a title dropped, or the file cut off before it), which the tables alone cannot show when
 * it is not one every 部门预算 prints. Those are already `missing-table` errors of the document.
 */
function unprintedTables(doc: BudgetDocument, file: string): Issue[] {
  const toc = doc.explanation?.toc;
  if (!toc) return [];
  const printed = new Set(doc.tables.map((t) => t.kind));
  return toc.tables.flatMap((entry) => {
    const kind = kindOfTitle(entry.title);
    if (kind === null) return [issue('unknown-table', doc.explanation!.file, entry.line, `expected the 目录 to list tables this site reads, found "${entry.title}"; not compared with the document`)];
    if (printed.has(kind) || REQUIRED_KINDS.has(kind)) return [];
    return [issue('missing-table', file, doc.lineCount, `expected ${entry.title}, which the 情况说明's 目录 lists (${doc.explanation!.file}:${entry.line}), found no such table in the document (title lost or document cut off?)`)];
  });
}
