import type { DocumentJson, FindingJson } from '../model/schema.ts';

/** A `budgets` collection entry's data: the document plus what the corpus knows about it. */
export type BudgetEntry = DocumentJson & {
  /** Slug of the department whose document already counts this unit, else null. */
  consolidatedInto: string | null;
  /** Findings that compare this document with its department's. */
  crossFindings: FindingJson[];
};

/** model.json: the document as `npm run parse` prints it (without its `issues`), no site keys. */
export function modelJson(entry: BudgetEntry & { id?: string }): DocumentJson {
  const { id: _id, consolidatedInto: _c, crossFindings: _f, ...doc } = entry;
  return doc;
}

type Rows<K extends keyof DocumentJson> = NonNullable<DocumentJson[K]> extends { rows: (infer R)[] } ? R : never;
export type ExpenditureRow = Rows<'expenditure'>;
export type GeneralRow = Rows<'generalExpenditure'>;
export type BasicRow = Rows<'generalBasic'>;
export type ProjectLine = Rows<'projectExpenditure'>;
export type ProcurementRow = Rows<'procurement'>;
export type PurchaseRow = Rows<'purchaseServices'>;
export type SangongYear = NonNullable<DocumentJson['sangong']>['years'][number];
