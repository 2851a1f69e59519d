import type { BudgetDocument } from '../model/schema.ts';
import { parseDocument, type DocumentMeta } from '../parse/document.ts';
import type { Result } from '../parse/issues.ts';
import { reconcileDocument } from '../reconcile/document.ts';

/**
 * A document read: parsed, then checked against itself. Two stages, so that the parser reads
 * what is printed and knows nothing of what should add up; findings are the second stage's.
 */
export function readDocument(input: Uint8Array | string, meta: DocumentMeta): Result<BudgetDocument | null> {
  const result = parseDocument(input, meta);
  if (result.value) result.value.findings = reconcileDocument(result.value);
  return result;
}
