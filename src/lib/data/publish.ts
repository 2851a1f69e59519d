import type { Publication } from '../model/department.ts';
import { urls } from '../urls.ts';
import type { CorpusData } from './corpus-tables.ts';
import { BOM, csvRecords } from './csv.ts';
import { dataPackage } from './datapackage.ts';
import { modelJson, type BudgetDocumentData } from './entry.ts';
import { tablesOf } from './files.ts';
import { renderTable, type Table } from './table.ts';

/** A file of the published data, at its URL path. */
export interface OutputFile {
  path: string;
  body: string | Uint8Array;
}

/** JSON as files: two-space indent and a final newline, like `npm run parse`. */
export const jsonText = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** /data/<dept>/<year>/: a CSV per table the document prints, its model, data package and source. */
export function documentDataFiles(entry: BudgetDocumentData, where: { department: string; year: number; departmentName: string; publication?: Publication }, source: Uint8Array): OutputFile[] {
  const at = (file: string) => urls.dataFile(where.department, where.year, file);
  return [
    ...tablesOf(entry).map((t) => ({ path: at(t.file), body: renderTable(t, entry)! })),
    { path: at('model.json'), body: jsonText(modelJson(entry)) },
    { path: at('datapackage.json'), body: jsonText(dataPackage(entry, where.departmentName, where.publication)) },
    { path: at('source.txt'), body: source },
  ];
}

/**
 * A corpus-wide CSV in pieces, one document at a time (in `corpusOrder`), so a city's 10,000
 * models are never held at once: the head, then each document's rows, join to `renderTable`
 * of the whole corpus.
 */
export const corpusCsvHead = (table: Table<CorpusData>) => BOM + csvRecords([table.fields.map((f) => f.name)]);

export const corpusCsvRows = (table: Table<CorpusData>, entry: BudgetDocumentData, departmentName: (slug: string) => string) =>
  csvRecords(table.records({ entries: [entry], departmentName }) ?? []);
