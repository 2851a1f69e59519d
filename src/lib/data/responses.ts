import { renderTable, type Table } from './table.ts';

export function csvResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}

/** JSON as files: two-space indent and a final newline, like `npm run parse`. */
export function jsonResponse(value: unknown): Response {
  return new Response(JSON.stringify(value, null, 2) + '\n', { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** A table's CSV; a route is only generated for tables the source has, so null is a bug. */
export function tableResponse<D>(table: Table<D>, source: D): Response {
  const body = renderTable(table, source);
  if (body === null) throw new Error(`${table.file}: the source has no such table, so no route should exist for it`);
  return csvResponse(body);
}
