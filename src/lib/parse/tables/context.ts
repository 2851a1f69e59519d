import { issue, type Issue, type IssueCode } from '../issues.ts';
import { isBlank, isFurniture, labelKey, nonEmpty, type Row } from '../normalize.ts';
import { isAmount, readAmount, type AmountUnit, type Money } from '../../model/money.ts';
import type { TableSection } from '../segment.ts';

// 金额单位：万元 / 元, possibly with spaces, anywhere in a cell.
const UNIT = /金\s*额\s*单\s*位\s*[:：]?\s*(万\s*元|元)/;

export interface Unplaced {
  line: number;
  text: string;
  reason: string;
}

/** What a table parser gets: its body rows and a place to report what it could not use. */
export class TableContext {
  readonly issues: Issue[] = [];
  readonly unplaced: Unplaced[] = [];
  readonly ignored: Unplaced[] = [];
  unit: AmountUnit = '万元';
  /** Line of this table's own 金额单位, or null when it prints none. */
  unitLine: number | null = null;
  deptName: string | null = null;
  year: { year: number; line: number } | null = null;
  notes: string[] = [];
  readonly body: Row[] = [];
  /** Lines with nothing of the table on them (blank, page furniture): where a page may end. */
  readonly gaps: number[] = [];
  /** Whether a figure in 元 with more than two decimals was reported (once per table). */
  #subFen = false;

  constructor(readonly file: string, readonly section: TableSection) {
    for (const row of section.rows) this.#preamble(row);
  }

  #preamble(row: Row): void {
    if (isBlank(row) || isFurniture(row)) {
      this.gaps.push(row.line);
      return;
    }
    // 金额单位 may share its line with 部门名称 (left or right) or with a cell fragment.
    const unitAt = row.cells.findIndex((c) => c.includes('金额单位'));
    if (unitAt >= 0) {
      const cell = row.cells[unitAt]!;
      const m = UNIT.exec(cell);
      if (m) {
        if (this.unitLine === null) {
          this.unit = m[1]!.includes('万') ? '万元' : '元';
          this.unitLine = row.line;
        }
        const rest = (cell.slice(0, m.index) + ' ' + cell.slice(m.index + m[0].length)).trim();
        const cells = row.cells.map((c, i) => (i === unitAt ? rest : c));
        if (cells.every((c) => c === '')) return;
        row = { ...row, cells };
      } else {
        this.report('unknown-unit', row.line, `expected 金额单位：万元 or 金额单位：元, found "${row.raw.trim()}"`);
        return;
      }
    }
    if (!row.plain && nonEmpty(row.cells).length > 1) {
      this.body.push(row);
      return;
    }
    const cells = nonEmpty(row.cells);
    const key = labelKey(cells.join(''));
    const dept = /^部门(?:\(单位\))?名称[:：](.+)$/.exec(key);
    if (dept) {
      this.deptName = dept[1]!;
      return;
    }
    const year = /^\((\d{4})年度\)$/.exec(key);
    if (year) {
      this.year = { year: Number(year[1]), line: row.line };
      return;
    }
    if (/^注[:：]/.test(key)) {
      this.notes.push(cells.join(''));
      return;
    }
    this.body.push(row);
  }

  report(code: IssueCode, line: number, message: string): void {
    this.issues.push(issue(code, this.file, line, message));
  }

  /** A line recognised as carrying no figure of its own (a redrawn cell, markup residue). */
  ignore(row: Row, reason: string): void {
    this.ignored.push({ line: row.line, text: row.raw, reason });
  }

  unplace(row: Row, reason: string): void {
    this.unplaced.push({ line: row.line, text: row.raw, reason });
  }

  /** Reads an amount cell; text where an amount belongs is a parse error, not a zero. */
  amount(row: Row, cell: string | undefined, column: string): Money | null {
    if (cell === undefined) return null;
    const a = readAmount(cell, this.unit);
    if (a.kind === 'amount') {
      // 元 are printed to the fen; more decimals are a 万元 figure (printed to six places) under a
      // wrong 金额单位, and would be read 10,000 times too small.
      if (this.unit === '元' && !this.#subFen && /[.．]\d{3}/.test(cell)) {
        this.#subFen = true;
        this.report('unit-mismatch', row.line, `expected amounts in 元 (the unit of line ${this.unitLine}) to have at most two decimals, found "${cell.trim()}" in column ${column} of ${this.section.title.trim()}: is the table's 金额单位 wrong (万元)?`);
      }
      return a.value;
    }
    if (a.kind === 'text') this.report('bad-amount', row.line, `expected an amount in column ${column} of ${this.section.title.trim()}, found "${cell}"`);
    return null;
  }

  get endLine(): number {
    const rows = this.section.rows;
    return rows.length ? rows[rows.length - 1]!.line : this.section.line;
  }
}

const HEADER_WORDS =
  /科目|合计|小计|预算|支出|收入|资金|经费|项目|单位|名称|代码|编码|金额|类别|指标|年度|目录|一级|二级|三级|领域|负责人|电话|绩效|其中|总额|性质|方向|度量|结转|结余|拨款|费|活动|类型|说明|加油|维修|保险|^其他$|公务/;

/** A header row: no amounts, and its cells read like column names. */
export function isHeaderRow(row: Row): boolean {
  const cells = nonEmpty(row.cells);
  if (cells.length === 0) return false;
  if (cells.some(isAmount)) return false;
  // Counting stops as soon as half the cells read like column names.
  let words = 0;
  for (const c of cells) if (HEADER_WORDS.test(labelKey(c)) && ++words * 2 >= cells.length) return true;
  return false;
}

function isTotalLabel(cell: string): boolean {
  if (!cell.includes('计')) return false;
  return /^(合计|总计)$/.test(labelKey(cell));
}

/** Index of the 合计 cell, if this is a total row. */
export function totalIndex(row: Row): number {
  return row.cells.findIndex(isTotalLabel);
}

/** Amount cells of a total row: after the label, leading empty label columns skipped. */
export function totalAmounts(row: Row): string[] {
  return row.cells.slice(totalAmountStart(row));
}

/** Where totalAmounts begins in row.cells. */
export function totalAmountStart(row: Row): number {
  let j = totalIndex(row) + 1;
  while (j < row.cells.length && row.cells[j] === '') j++;
  return j;
}

export interface CodeName {
  code: string;
  name: string;
}

/** "2010301-行政运行" → {code, name}; a bare name gets an empty code. */
export function codeName(cell: string | undefined): CodeName | null {
  if (!cell) return null;
  const m = /^(?:[\u4E00-\u9FFF（）()、]*(?=\d))?([0-9A-Za-z]+)\s*-\s*(.*)$/.exec(cell);
  return m ? { code: m[1]!, name: m[2]! } : { code: '', name: cell };
}
