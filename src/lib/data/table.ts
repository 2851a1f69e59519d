import type { Column } from './columns.ts';
import { toCsv, type Cell } from './csv.ts';

/** A column as datapackage.json describes it: everything but the accessor. */
export type Field = Omit<Column<unknown>, 'value'>;

/** One downloadable CSV: its file name, what it holds, its columns and how to read its rows. */
export interface Table<D> {
  name: string;
  file: string;
  title: string;
  description: string;
  fields: Field[];
  /** Records as cells, or null when the table is absent from this source. */
  records: (source: D) => Cell[][] | null;
  /** How many records, or null when absent: without formatting a cell. */
  count: (source: D) => number | null;
}

export interface TableSpec<D, R> {
  name: string;
  title: string;
  description: string;
  columns: Column<R>[];
  rows: (source: D) => readonly R[] | null | undefined;
  /** The number of rows, where that is cheaper than building them (see `Table.count`). */
  count?: (source: D) => number | null;
}

/** Hides the row type behind the table so tables of different rows can share one list. */
export function defineTable<D, R>(spec: TableSpec<D, R>): Table<D> {
  return {
    name: spec.name,
    file: `${spec.name}.csv`,
    title: spec.title,
    description: spec.description,
    fields: spec.columns.map(({ value: _value, ...field }) => field),
    records: (source) => spec.rows(source)?.map((row) => spec.columns.map((c) => c.value(row))) ?? null,
    count: spec.count ?? ((source) => spec.rows(source)?.length ?? null),
  };
}

/** The CSV text of a table, or null when the source has no such table. */
export function renderTable<D>(table: Table<D>, source: D): string | null {
  const records = table.records(source);
  return records ? toCsv(table.fields.map((f) => f.name), records) : null;
}
