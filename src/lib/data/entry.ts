import type { BudgetDocumentData } from '../corpus/site-data.ts';
import type { DocumentJson } from '../model/schema.ts';

export type { BudgetDocumentData };

/** model.json: the document as `npm run parse` prints it (without its `issues`), no site keys. */
export function modelJson(entry: BudgetDocumentData & { id?: string }): DocumentJson {
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
