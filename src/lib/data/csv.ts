/** One CSV cell as data: text as is, numbers and amounts already as strings, null as empty. */
export type Cell = string | number | boolean | null | undefined;

/** Byte order mark: without it Excel reads UTF-8 CSV as the local code page and garbles Chinese. */
export const BOM = '\uFEFF';
export const CRLF = '\r\n';

/** RFC 4180: quote a field holding a comma, a double quote, CR or LF, and double its quotes. */
export function csvField(cell: Cell): string {
  const s = cell === null || cell === undefined ? '' : String(cell);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 CSV with BOM, CRLF after every record (including the last), header first. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return BOM + csvRecords([header]) + csvRecords(rows);
}

/** Records without BOM or header: a long CSV written in pieces. */
export function csvRecords(rows: readonly (readonly Cell[])[]): string {
  return rows.map((r) => r.map(csvField).join(',') + CRLF).join('');
}
