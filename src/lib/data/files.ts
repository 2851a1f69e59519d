import { basicExpenditureTable, expenditureTable, generalExpenditureTable, procurementTable, projectExpenditureTable, purchaseServicesTable, sangongTable, summaryTable } from './budget-tables.ts';
import type { FileCount } from '../corpus/summary.ts';
import type { DocumentJson } from '../model/schema.ts';
import type { BudgetDocumentData } from './entry.ts';
import { findingsTable } from './findings-table.ts';
import { indicatorsTable, projectsTable } from './project-tables.ts';
import type { Table } from './table.ts';

/** Every per-document CSV, in the order of the printed tables. */
export const DOCUMENT_TABLES: readonly Table<BudgetDocumentData>[] = [
  summaryTable,
  expenditureTable,
  generalExpenditureTable,
  basicExpenditureTable,
  projectExpenditureTable,
  procurementTable,
  sangongTable,
  purchaseServicesTable,
  projectsTable,
  indicatorsTable,
  findingsTable,
];

/** The CSVs this document has: a table the document does not print gets no file and no link. */
export function tablesOf(entry: BudgetDocumentData): Table<BudgetDocumentData>[] {
  return DOCUMENT_TABLES.filter((t) => t.count(entry) !== null);
}

export interface DataFile {
  file: string;
  title: string;
  /** Data rows (without the header) for CSVs; null for JSON. */
  rows: number | null;
}

const JSON_TITLES: Record<string, string> = { 'model.json': '完整文档模型（JSON）', 'datapackage.json': '数据包描述（Fiscal Data Package）' };
const TITLES = new Map([...Object.entries(JSON_TITLES), ...DOCUMENT_TABLES.map((t) => [t.file, t.title] as const)]);

/** The files under /data/<dept>/<year>/, as the data index lists them. */
export function documentFiles(entry: BudgetDocumentData): DataFile[] {
  return [
    ...Object.entries(JSON_TITLES).map(([file, title]) => ({ file, title, rows: null })),
    ...tablesOf(entry).map((t) => ({ file: t.file, title: t.title, rows: t.count(entry) ?? 0 })),
  ];
}

/**
 * What a document's summary keeps of its files, counted by the parse stage from the model in
 * hand (the data index then reads no model); findings against the department's document are
 * added by `filesFromCounts`.
 */
export const fileCounts = (model: DocumentJson): FileCount[] => documentFiles({ ...model, consolidatedInto: null, crossFindings: [] }).map(({ file, rows }) => ({ file, rows }));

/** The data index's list from a summary's counts, plus the findings against the department's document. */
export function filesFromCounts(counts: readonly FileCount[], crossFindings: number): DataFile[] {
  return counts.map((c) => ({ file: c.file, title: TITLES.get(c.file) ?? c.file, rows: c.file === findingsTable.file && c.rows !== null ? c.rows + crossFindings : c.rows }));
}
