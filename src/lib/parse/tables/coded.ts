import { isBlank, isFurniture, type Row } from '../normalize.ts';
import { isAmount, type Money } from '../../model/money.ts';
import { isResidue } from './fragments.ts';
import { isHeaderRow, totalAmountStart, totalIndex, type TableContext } from './context.ts';

/** Where a data row's label cells begin and end; amounts follow the labels. */
export interface Anchor {
  labels: string[];
  amountStart: number;
}

export interface CodedSpec {
  /** Amount columns in printed order. */
  columns: readonly string[];
  anchor(cells: readonly string[]): Anchor | null;
  /** Tables such as 收入总表 without unit columns print their total without a 合计 label. */
  optionalTotal?: boolean;
}

export interface CodedRow {
  line: number;
  labels: string[];
  amounts: (Money | null)[];
}

export interface CodedTable {
  line: number;
  rows: CodedRow[];
  total: (Money | null)[] | null;
  totalLine: number | null;
}

/**
 * Shared reading of tables made of labelled rows and a 合计 row. Rows are anchored on their
 * label cells rather than on column positions, because extraction drops leading empty cells.
 */
export function parseCoded(ctx: TableContext, spec: CodedSpec, isLastSection: boolean): CodedTable {
  const table: CodedTable = { line: ctx.section.line, rows: [], total: null, totalLine: null };
  for (const row of ctx.body) {
    if (isBlank(row) || isFurniture(row)) continue;
    if (totalIndex(row) >= 0 && !isHeaderRow(row)) {
      if (table.total) ctx.unplace(row, 'a second 合计 row in one table');
      else {
        table.total = readColumns(ctx, row, totalAmountStart(row), spec.columns);
        table.totalLine = row.line;
      }
      continue;
    }
    const anchor = spec.anchor(row.cells);
    if (anchor) {
      const amounts = readColumns(ctx, row, anchor.amountStart, spec.columns);
      table.rows.push({ line: row.line, labels: anchor.labels.flatMap((l) => labelCells(ctx, row, l)), amounts });
      continue;
    }
    if (isHeaderRow(row)) continue;
    if (row.plain && isResidue(row)) {
      ctx.ignore(row, 'markup residue outside the table grid');
      continue;
    }
    ctx.unplace(row, `not a header, data or 合计 row of ${ctx.section.title.trim()}`);
  }
  if (!table.total && table.rows.length > 0 && !spec.optionalTotal) {
    const last = table.rows[table.rows.length - 1]!.line;
    if (isLastSection) ctx.report('truncated-table', last, `expected the 合计 row of ${ctx.section.title.trim()} after line ${last}, found the end of the file (document cut off?)`);
    else ctx.report('missing-total', last, `expected a 合计 row in ${ctx.section.title.trim()}, found none`);
  }
  return table;
}

// A code and name run into the name before it ("50501-工资福利支出30199-其他工资福利支出"): the
// cell separator between two classification cells was lost.
const GLUED = /(?<=[^\d\s\-.])(?=\d{3,7}-[^\d\s])/;

/** A label cell as the cells it holds; a piece that is no code is an error naming the cell. */
function labelCells(ctx: TableContext, row: Row, label: string): string[] {
  // Only a code and name run into another: text before a code is the row above's name cell going
  // on ("缴费支出2080506-机关事业单位职业年金", ecology-environment 109), read as it always was.
  if (!/^\d{3,7}-/.test(label) || !GLUED.test(label)) return [label];
  const pieces = label.split(GLUED);
  const bad = pieces.slice(1).find((p) => !/^[1-9]\d{2,6}-/.test(p));
  if (bad !== undefined) ctx.report('malformed-code', row.line, `expected one classification code and name per cell, found "${label}": two cells run together, and "${bad.split('-')[0]}" is no code`);
  return pieces;
}

/** Reads row.cells from `start` on as the amount columns; cells past them are unplaced. */
function readColumns(ctx: TableContext, row: Row, start: number, columns: readonly string[]): (Money | null)[] {
  const cells = row.cells;
  const values = columns.map((name, i) => ctx.amount(row, cells[start + i], name));
  const extra: string[] = [];
  for (let i = start + columns.length; i < cells.length; i++) if (cells[i] !== '') extra.push(cells[i]!);
  if (extra.length > 0) ctx.unplace(row, `cells beyond the ${columns.length} amount columns: ${extra.join(' | ')}`);
  return values;
}

/** The shape every coded table takes in the model: its line, the 合计 by column, its rows. */
export function tableOf<R>(t: CodedTable, columns: readonly string[], rows: R[]) {
  const total: Record<string, Money | null> = Object.fromEntries(columns.map((c, i) => [c, t.total?.[i] ?? null]));
  return { line: t.line, total: t.total?.[0] ?? null, totalLine: t.totalLine, columns: total, rows };
}

export const isAmountCell = (c: string | undefined): boolean => c !== undefined && isAmount(c);

/** Finds the first cell matching `re`; returns its index or -1. */
export function findCell(cells: readonly string[], re: RegExp): number {
  return cells.findIndex((c) => re.test(c));
}
