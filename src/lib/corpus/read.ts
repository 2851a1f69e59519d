import type { BudgetDocument } from '../model/schema.ts';
import { parseDocument, type DocumentMeta } from '../parse/document.ts';
import type { Result } from '../parse/issues.ts';
import { parseNarrative } from '../parse/narrative/index.ts';
import { reconcileDocument } from '../reconcile/document.ts';

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
  if (result.value) result.value.findings = reconcileDocument(result.value);
  if (narrative) {
    const read = parseNarrative(narrative.input, { file: narrative.file, year: meta.year });
    result.issues.push(...read.issues);
    if (result.value) result.value.explanation = read.value;
  }
  return result;
}
