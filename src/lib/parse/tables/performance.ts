import { isAmount, readAmount, sum, type Money } from '../../model/money.ts';
import { MIN_SERIAL_DIGITS, PROJECT_CODE_START, splitProjectCode } from '../../model/project-code.ts';
import type { Project } from '../../model/schema.ts';
import { isBlank, isFurniture, labelKey, type Row } from '../normalize.ts';
import { codeName, totalAmounts, totalIndex, type TableContext } from './context.ts';
import { indicatorAt, level1Index } from './indicators.ts';
import { cellFragments, splitAtCodes, type Fragment } from './fragments.ts';
import { removeSubsequence } from './header-overlap.ts';
import { splitFootRows } from './foot-rows.ts';

/** The printed column headers of a 项目支出绩效目标表; the layout differs between documents. */
const HEADER_WORDS = new Set(['单位名称', '项目名称', '项目类别', '项目负责人', '项目负责人电话', '项目责任人', '项目责任人电话', '项目总额', '其中:', '其中', '财政资金', '其他资金', '绩效目标', '一级指标', '二级指标', '三级指标', '绩效指标性质', '本年绩效指标值', '绩效度量单位', '指标方向性']);
/** Header words a page break draws over the first row of the next page, by the column they head. */
const OVERDRAWN = ['单位名称', '项目名称', '项目总额', '其中：', '其中:', '绩效目标', '项目类别'];

export interface UncodedRow {
  line: number;
  name: string;
  total: Money | null;
  fiscal: Money | null;
  other: Money | null;
  goal: string;
  indicators: Project['indicators'];
}

interface Layout {
  /** Columns from the 项目名称 column to 项目总额. */
  totalOffset: number;
  /** The header row's cells, by column. */
  headers: string[];
  /** The 项目名称 column. */
  nameAt: number;
}
const DEFAULT_LAYOUT: Layout = { totalOffset: 1, headers: ['项目名称', '项目总额', '其中：', '', '绩效目标'], nameAt: 0 };

/**
 * 项目支出绩效（目标）表. Columns differ between documents (unit, category, leader, phone,
 * direction), so the layout is read from the header row; rows are recognised by what their
 * cells hold: a project code, amounts, goal text, or the 一级指标 that starts an indicator.
 *
 * A project whose cell is cut by a page break is drawn on both pages. The pieces are put back
 * together where the text determines them: a code wrapped over two lines or cut by a TAB, a
 * header row drawn over the first row of the next page, a row printed again, a name finished
 * on the next row, several 项目总额 sub-rows in one 项目名称 cell, and the cell's text drawn
 * outside the grid as free-text lines. What the text leaves open is an error naming the lines.
 */
export function parsePerformance(ctx: TableContext) {
  const projects: Project[] = [];
  const uncoded: UncodedRow[] = [];
  let total: Money | null = null;
  let totalLine: number | null = null;
  let layout = DEFAULT_LAYOUT;
  let current: Project | UncodedRow | null = null;
  /** A code cut off by a page break: its start, waiting for the rest (`1783-教师业务培训`). */
  let pending: { prefix: string; line: number; project: Project | null } | null = null;
  let strips: Row[] = [];
  const looseAmounts: { line: number; value: Money }[] = [];
  /**
   * Rows at the foot of a page that belong to the next project: its 项目名称 cell starts there
   * but its code is printed on the next page. They are recognised by the next project's goal
   * text beginning in a row without a code, and handed to the next project that starts.
   */
  let carried: { goal: string; indicators: Project['indicators']; rows: Row[] } | null = null;
  /** A page break (blank line, free text, header) since the last grid row. */
  let broken = true;
  /** Where each page break begins: the first line after a page's last grid row. */
  const breaks: number[] = [];
  /** What the free text of the latest page break prints: codes and amounts of a cut cell. */
  let breakPrint: { codes: Set<string>; amounts: Money[]; text: string; at: number } = { codes: new Set(), amounts: [], text: '', at: -1 };
  /** The free text of the page break just passed; nothing once another break has come since. */
  const latestBreakPrint = () => (breakPrint.at === breaks.length ? breakPrint : { codes: new Set<string>(), amounts: [] as Money[], text: '' });
  /** The goal text each 项目总额 sub-row added to its project, by line. */
  const subGoals = new Map<number, string>();

  /** Rows whose goal column added to their project's goal text: they stay with that project. */
  const goalLines = new Set<number>();
  /** Page breaks that a project's code follows directly, with the page the break ends. */
  const footBreaks: { above: Project | UncodedRow; below: Project; brk: number; pageStart: number }[] = [];

  /** Projects read only from free text so far, with the warning they get if the grid never prints them. */
  const freeText = new Map<Project, string>();

  const takeCarried = (p: Project) => {
    if (!carried) return;
    p.goal = carried.goal + p.goal;
    p.indicators.unshift(...carried.indicators);
    carried = null;
  };

  // A project printed again at a page break (same code, unit and amount) is one project; the
  // same code printed for another unit or amount is another row of the table.
  const place = (p: Project): Project => {
    const hadCarried = carried !== null;
    takeCarried(p);
    if (!hadCarried && !projects.includes(p)) claimFootRows(p);
    const last = projects.findLast((q) => q !== p);
    const same = last && last.code === p.code && last.unit?.name === p.unit?.name && (!p.total || repeatsAmount(last, p.total)) ? last : null;
    if (!same) {
      if (!projects.includes(p)) projects.push(p);
      return p;
    }
    // The grid prints the name whole where free text may have cut it.
    const gridName = freeText.has(same) && !freeText.has(p) && p.name ? p.name : null;
    if (freeText.has(same) && !freeText.has(p)) gridColumns(same, p);
    mergeInto(ctx, same, p);
    if (gridName) same.name = gridName;
    if (!freeText.has(p)) freeText.delete(same);
    const i = projects.indexOf(p);
    if (i >= 0) projects.splice(i, 1);
    return same;
  };

  /**
   * A project whose cell a page break cut begins on the page before its code: the break's free
   * text prints its code or its amounts, and the row above has a 项目总额 sub-row on that page.
   * The rows from that sub-row on are this project's. Otherwise the text does not say where this
   * project begins, and the page foot is left to splitAtFootBreaks once all rows are read.
   */
  const claimFootRows = (b: Project) => {
    const a = latest(projects.at(-1), uncoded.at(-1));
    const brk = breaks.at(-1);
    if (!a || (isProject(a) && a.code === b.code) || brk === undefined || brk > b.line || a.line > brk) return;
    const pageStart = breaks.at(-2) ?? 0;
    const print = latestBreakPrint();
    const printed = print.codes.has(b.code) || [b.total, b.fiscal, b.other].some((v) => v && print.amounts.some((x) => x.eq(v)));
    const sub = printed && isProject(a) ? a.subTotals.findLast((st) => st.line > a.line && st.line > pageStart && st.line < brk) : undefined;
    if (!sub || !isProject(a)) {
      footBreaks.push({ above: a, below: b, brk, pageStart });
      return;
    }
    const moved = a.subTotals.filter((st) => st.line >= sub.line);
    a.subTotals = a.subTotals.filter((st) => st.line < sub.line);
    const own = { line: b.line, amount: b.total!, fiscal: b.fiscal, other: b.other };
    b.subTotals = b.total ? [...moved, own] : moved;
    figuresFromSubRows(b);
    figuresFromSubRows(a);
    if (a.subTotals.length === 1) a.subTotals = [];
    const goal = moved.map((st) => subGoals.get(st.line) ?? '').join('');
    if (goal && a.goal.endsWith(goal)) a.goal = a.goal.slice(0, a.goal.length - goal.length);
    b.goal = goal + b.goal;
    b.indicators.unshift(...a.indicators.filter((i) => i.line >= sub.line));
    a.indicators = a.indicators.filter((i) => i.line < sub.line);
  };

  /**
   * Rows at the foot of the page before a project's code, when the text does not show where that
   * project begins: split where both projects keep their indicators grouped (see foot-rows.ts),
   * and say so, since the text itself leaves it open.
   */
  const splitAtFootBreaks = () => {
    for (const { above: a, below: b, brk, pageStart } of footBreaks) {
      const subLines = isProject(a) ? a.subTotals.map((st) => st.line) : [];
      if (!projects.includes(b) || (isProject(a) && !projects.includes(a))) continue;
      if (a.indicators.some((i) => i.line > brk) || subLines.some((l) => l > brk)) continue;
      if (uncoded.some((u) => u.line > a.line && u.line < b.line)) continue;
      const from = Math.max(a.line, pageStart, ...subLines);
      const onPage = a.indicators.filter((i) => i.line > from && i.line < brk);
      // A row that adds to the project's goal text is in its cell, and so is every row above it.
      const foot = onPage.slice(onPage.findLastIndex((i) => goalLines.has(i.line)) + 1);
      if (foot.length === 0) continue;
      const level1 = (xs: Project['indicators']) => xs.map((i) => i.level1);
      const { keep, candidates } = splitFootRows(level1(a.indicators), foot.length, level1(b.indicators));
      const moved = foot.slice(keep);
      // Rows left where the text prints them, and no other grouped reading: nothing to say.
      if (moved.length === 0 && candidates.length === 1) continue;
      const lines = (xs: typeof foot) => (xs.length === 0 ? 'none' : xs.length === 1 ? `line ${xs[0]!.line}` : `lines ${xs[0]!.line}–${xs.at(-1)!.line}`);
      const above = isProject(a) ? a.code : `「${a.name}」 (line ${a.line})`;
      ctx.report('foot-rows', foot[0]!.line, `expected the text to show where project ${b.code} begins, found its code after the page break at line ${brk} and nothing that says whether ${lines(foot)} above the break are rows of ${above} or of ${b.code}; read as rows of ${above}: ${lines(foot.slice(0, keep))}; of ${b.code}: ${lines(moved)} (each project's indicators kept grouped by 一级指标)`);
      const span = { from: foot[0]!.line, to: foot.at(-1)!.line };
      const read = moved.length === 0 ? 'here' : keep === 0 ? 'there' : 'split';
      if (isProject(a)) a.openRows.push({ ...span, other: b.code, read });
      b.openRows.push({ ...span, other: isProject(a) ? a.code : a.name, read: read === 'here' ? 'there' : read === 'there' ? 'here' : 'split' });
      if (moved.length === 0) continue;
      b.indicators.unshift(...moved);
      a.indicators = a.indicators.slice(0, a.indicators.length - moved.length);
    }
  };

  const complete = (suffix: string, line: number): Project | null => {
    if (!pending) return null;
    const split = splitProjectCode(pending.prefix + suffix);
    if (!split || split.serialDigits < MIN_SERIAL_DIGITS) return null;
    const p = pending.project ?? emptyProject(line);
    p.code = split.code;
    p.printedCode = split.printed;
    if (!p.name) p.name = split.rest;
    if (!p.headerLines.includes(line)) p.headerLines.push(line);
    pending = null;
    return place(p);
  };

  const flushStrips = () => {
    if (strips.length === 0) return;
    const block = strips;
    strips = [];
    breakPrint = { codes: new Set(), amounts: [], text: squashed(block.map((r) => r.cells.join('')).join('')), at: breaks.length };
    // A long block may hold the cells of several rows: each code starts the next one.
    for (const group of splitAtCodes(block)) {
      const f = cellFragments(group, pending ? { text: pending.prefix, line: pending.line } : null);
      for (const r of f.residue) ctx.ignore(r, 'markup residue outside the table grid');
      for (const r of f.rows) ctx.ignore(r, 'a cell cut by a page break, drawn again as free text');
      for (const a of f.amounts) looseAmounts.push({ line: a.line, value: readMoney(a.text, ctx) });
      for (const a of [...f.amounts, ...f.codeAmounts]) breakPrint.amounts.push(readMoney(a.text, ctx));
      const printed = f.code ? splitProjectCode(f.code.text + (f.suffix?.text ?? '')) : null;
      if (printed) breakPrint.codes.add(printed.code);
      if (f.code) fromFragments(f);
    }
  };

  const fromFragments = (f: Fragment) => {
    const code = f.code!;
    const amounts = f.codeAmounts.map((a) => readMoney(a.text, ctx));
    const split = splitProjectCode(code.text + (f.suffix?.text ?? ''));
    if (split && split.serialDigits < MIN_SERIAL_DIGITS && !f.suffix) {
      // The rest of the code follows on the next page's grid row.
      pending = { prefix: code.text, line: code.line, project: pending?.project ?? null };
      for (const a of amounts) looseAmounts.push({ line: code.line, value: a });
      return;
    }
    if (!split || split.serialDigits < MIN_SERIAL_DIGITS) {
      ctx.report('malformed-code', code.line, `expected a project code of 8 digits, a letter and 11 to 13 digits, found "${code.text}${f.suffix?.text ?? ''}" printed outside the table grid`);
      return;
    }
    if (pending && pending.prefix === code.text) {
      const p = pending.project ?? emptyProject(code.line);
      pending = null;
      p.code = split.code;
      p.printedCode = split.printed;
      if (!p.name) p.name = f.name;
      if (p.total === null) setAmounts(p, amounts);
      p.headerLines.push(f.suffix?.line ?? code.line);
      current = place(p);
      return;
    }
    const existing = projects.findLast((p) => p.code === split.code);
    if (existing) {
      existing.headerLines.push(code.line);
      if (existing.total === null) setAmounts(existing, amounts);
      else checkRepeat(ctx, existing, amounts, code.line);
      current = existing;
      return;
    }
    // Printed only outside the grid: code and amounts are determined, the name may be cut.
    const p = emptyProject(code.line);
    p.code = split.code;
    p.printedCode = split.printed;
    p.name = f.name;
    setAmounts(p, amounts);
    freeText.set(p, `expected project ${split.code} in the table grid, found it only as free text at lines ${f.rows[0]!.line}–${f.rows[f.rows.length - 1]!.line}; its name is read as "${f.name}" and may be cut off`);
    current = place(p);
  };

  let gapAt = 0;
  for (const raw of ctx.body) {
    while (gapAt < ctx.gaps.length && ctx.gaps[gapAt]! < raw.line) {
      if (!broken) breaks.push(ctx.gaps[gapAt]!);
      broken = true;
      gapAt++;
    }
    if (isBlank(raw) || isFurniture(raw) || raw.plain || isPureHeader(raw)) {
      if (!broken) breaks.push(raw.line);
      broken = true;
    }
    if (isBlank(raw) || isFurniture(raw)) continue;
    if (raw.plain) {
      strips.push(raw);
      continue;
    }
    flushStrips();
    if (isPureHeader(raw)) {
      layout = layoutOf(raw) ?? layout;
      continue;
    }
    const afterBreak = broken;
    broken = false;
    const second = overdrawnSubheader(raw);
    if (second) {
      // The 财政资金 | 其他资金 header line drawn over a figure of the row it cuts: a repeat.
      for (const a of second) looseAmounts.push({ line: raw.line, value: readMoney(a, ctx) });
      ctx.ignore(raw, 'the 其中 header line drawn over figures repeated from the row above');
      continue;
    }
    const row = isOverdrawn(raw) ? withoutHeaderWords(raw, layout) : raw;
    if (totalIndex(row) >= 0 && totalLine === null && codeIndex(row) < 0) {
      total = ctx.amount(row, totalAmounts(row)[0], '项目总额');
      totalLine = row.line;
      continue;
    }
    const k = level1Index(row.cells);
    const codeAt = codeIndex(row);
    const firstAt = row.cells.findIndex((c) => c !== '');
    if (codeAt >= 0) {
      const read = readProject(ctx, row, codeAt, layout);
      if (read.partial) {
        pending = { prefix: read.partial, line: row.line, project: read.project };
        current = read.project;
        continue;
      }
      pending = null;
      current = place(read.project);
      continue;
    }
    const first = firstAt >= 0 && (k < 0 || firstAt < k) ? row.cells[firstAt]! : null;
    if (first !== null && pending && /^\d+(?:-|$)/.test(first)) {
      // The rest of a code cut by a page break starts the row: "6875-促进商贸物流发展项目".
      const p = complete(first, row.line);
      if (p) {
        // Read the row as if the whole code were printed in its first cell.
        const name = first.replace(/^\d+/, '');
        const read = readProject(ctx, { ...row, cells: row.cells.map((c, i) => (i === firstAt ? `${p.printedCode}${name}` : c)) }, firstAt, layout);
        fill(ctx, p, read.project);
        current = p;
        continue;
      }
    }
    if (first !== null && !isAmount(first) && amountAt(row, firstAt + layout.totalOffset)) {
      const read = readProject(ctx, row, firstAt, layout, first);
      if (current && 'code' in current && current.total === null && isNameContinuation(current)) {
        // The name was cut by the page break; it ends, with the amounts, on this row.
        current.name = continuedName(current, first);
        fill(ctx, current, read.project);
        continue;
      }
      // A row with a category or name but no project code: kept as printed.
      const u: UncodedRow = { line: row.line, name: first, total: read.project.total, fiscal: read.project.fiscal, other: read.project.other, goal: read.project.goal, indicators: read.project.indicators };
      uncoded.push(u);
      current = u;
      continue;
    }
    const totalCell = firstAt >= 0 ? row.cells[firstAt] : undefined;
    if (current && firstAt >= layout.totalOffset && (k < 0 || firstAt < k) && totalCell !== undefined && isAmount(totalCell)) {
      // Another 项目总额 sub-row of the same 项目名称 cell.
      const sub = readProject(ctx, row, firstAt - layout.totalOffset, layout, '');
      const lastAmount = 'subTotals' in current ? current.subTotals.at(-1)?.amount ?? current.total : current.total;
      if (sub.project.total && row !== raw && lastAmount?.eq(sub.project.total)) {
        // The header drawn over the cut sub-row prints its amount again ("2项6.1目08总00额0").
        current.indicators.push(...sub.project.indicators);
        continue;
      }
      if (sub.project.total) {
        const subTotals = 'subTotals' in current ? current.subTotals : null;
        if (subTotals && current.total) {
          if (subTotals.length === 0) subTotals.push({ line: current.line, amount: current.total, fiscal: current.fiscal, other: current.other });
          subTotals.push({ line: row.line, amount: sub.project.total, fiscal: sub.project.fiscal, other: sub.project.other });
          figuresFromSubRows(current as Project);
        } else if (current.total === null) {
          current.total = sub.project.total;
          current.fiscal = sub.project.fiscal;
          current.other = sub.project.other;
        }
        current.indicators.push(...sub.project.indicators);
        if (sub.project.goal) current.goal += sub.project.goal;
        subGoals.set(row.line, sub.project.goal);
        continue;
      }
    }
    const namePiece = current && 'code' in current && firstAt === layout.nameAt && (k < 0 || firstAt < k) ? row.cells[firstAt]! : '';
    if (namePiece) {
      // The 项目名称 cell cut by a page break: its last characters print on the next page's
      // first row, in the name column, with no amounts ("市级枢纽平台基础运维").
      // A repeated row may already have printed the name whole.
      if (!squashed((current as Project).name).endsWith(squashed(namePiece))) (current as Project).name += namePiece;
      row.cells[firstAt] = '';
      if (k < 0 && row.cells.every((c) => c === '')) continue;
    }
    if (k >= 0) {
      const goal = row.cells.slice(0, k).filter((c) => c !== '').join('');
      // Goal text the page break's free text printed is the cut goal of the project above, going on.
      const continues = latestBreakPrint().text.includes(squashed(goal));
      if (!carried && goal && !afterBreak && !continues && current && current.goal && row.cells[k - 1]) {
        // A second goal in one project's rows, not at the top of a page: the next project's
        // 绩效目标 cell begins here, and its code follows on the next page.
        carried = { goal: '', indicators: [], rows: [] };
      }
      if (carried) {
        carried.goal += goal;
        carried.indicators.push(indicatorAt(row.line, row.cells, k));
        carried.rows.push(row);
        continue;
      }
      if (current) {
        if (goal && !current.goal.endsWith(goal)) current.goal += goal;
        if (goal) goalLines.add(row.line);
        current.indicators.push(indicatorAt(row.line, row.cells, k));
      } else ctx.unplace(row, 'an indicator before any project');
      continue;
    }
    const left = row.cells.filter((c) => c !== '');
    if (current && left.length === 1) {
      // Goal text continued on the next page, alone in its column.
      if (!current.goal.endsWith(left[0]!)) current.goal += left[0];
      continue;
    }
    ctx.unplace(row, 'not a project, indicator, header or 合计 row of the 绩效目标表');
  }
  flushStrips();
  splitAtFootBreaks();
  for (const [p, message] of freeText) ctx.report('free-text-project', p.line, message);
  if (carried) {
    for (const r of carried.rows) ctx.unplace(r, 'a row that begins another project\'s goal, but no project follows it');
  }
  if (pending) {
    ctx.report('malformed-code', pending.line, `expected the rest of project code "${pending.prefix}" (cut off at a page break) on a following line, found none`);
  }
  // An amount drawn outside the grid must repeat a figure of the project it belongs to.
  for (const a of looseAmounts) {
    const figures = projects.concat(uncoded as never[]).flatMap((p) => [p.total, p.fiscal, p.other, ...('subTotals' in p ? p.subTotals.map((s) => s.amount) : [])]);
    if (!figures.some((f) => f && f.eq(a.value))) {
      ctx.report('loose-amount', a.line, `expected the amount ${a.value.toFixed()} printed outside the table grid to repeat a project's 项目总额 or 其中 figure, found no such project`);
    }
  }
  return { table: { line: ctx.section.line, total, totalLine, uncoded }, projects };
}

function isProject(row: Project | UncodedRow): row is Project {
  return 'code' in row;
}

/** The row read last of a project and a row without a code. */
function latest(p: Project | undefined, u: UncodedRow | undefined): Project | UncodedRow | undefined {
  return p && u ? (p.line > u.line ? p : u) : p ?? u;
}

function readMoney(text: string, ctx: TableContext): Money {
  const a = readAmount(text, ctx.unit);
  return a.kind === 'amount' ? a.value : sum([]);
}

/**
 * The name of `p` with the text of a row that goes on with it. The row may print the cut code's
 * rest again ("3334-北京市业余无线电台…"), and then the name whole.
 */
function continuedName(p: Project, text: string): string {
  const rest = /^(\d+)-/.exec(text);
  if (rest && p.printedCode.replace(/\D/g, '').endsWith(rest[1]!)) {
    const name = text.slice(rest[0].length);
    return squashed(name).startsWith(squashed(p.name)) ? name : p.name + name;
  }
  return p.name + text;
}

function squashed(s: string): string {
  return s.replace(/\s+/g, '');
}

function sumOrNull(values: (Money | null)[]): Money | null {
  return values.some((v) => v) ? sum(values) : null;
}

function isNameContinuation(p: Project): boolean {
  return p.fiscal === null && p.other === null;
}

function emptyProject(line: number): Project {
  return { line, code: '', printedCode: '', name: '', unit: null, category: null, leader: null, phone: null, total: null, fiscal: null, other: null, goal: '', indicators: [], headerLines: [line], subTotals: [], openRows: [] };
}

/** A project with several 项目总额 sub-rows: each figure is the sum of theirs. */
function figuresFromSubRows(p: Project): void {
  p.total = sum(p.subTotals.map((s) => s.amount));
  p.fiscal = sumOrNull(p.subTotals.map((s) => s.fiscal));
  p.other = sumOrNull(p.subTotals.map((s) => s.other));
}

function setAmounts(p: Project, amounts: (Money | null)[]): void {
  p.total = amounts[0] ?? null;
  p.fiscal = amounts[1] ?? null;
  p.other = amounts[2] ?? null;
}

/**
 * Free text does not say which 其中 column an amount is in; the grid row that prints the cell
 * again does. Its 财政资金 and 其他资金 replace those read from free text.
 */
function gridColumns(p: Project, grid: Project): void {
  if (!grid.total) return;
  const st = p.subTotals.at(-1);
  if (st?.amount?.eq(grid.total)) {
    st.fiscal = grid.fiscal;
    st.other = grid.other;
    figuresFromSubRows(p);
  } else if (p.total?.eq(grid.total)) {
    p.fiscal = grid.fiscal;
    p.other = grid.other;
  }
}

/** Copies what a continuation row read into the project it continues. */
function fill(ctx: TableContext, p: Project, read: Project): void {
  takeAmounts(ctx, p, read);
  if (read.goal && !p.goal.includes(read.goal)) p.goal += read.goal;
  p.indicators.push(...read.indicators);
  p.category ??= read.category;
  p.leader ??= read.leader;
  p.phone ??= read.phone;
  p.unit ??= read.unit;
}

/** The amounts of a row printed again: taken where the project has none, else checked. */
function takeAmounts(ctx: TableContext, p: Project, again: Project): void {
  if (p.total === null) setAmounts(p, [again.total, again.fiscal, again.other]);
  else if (again.total) checkRepeat(ctx, p, [again.total], again.line);
}

/** A row printed again repeats the amount of the cell it repeats: the project's, or its last sub-row's. */
function repeatsAmount(p: Project, amount: Money): boolean {
  return !p.total || p.total.eq(amount) || p.subTotals.at(-1)?.amount?.eq(amount) === true;
}

function checkRepeat(ctx: TableContext, p: Project, amounts: Money[], line: number): void {
  const t = amounts[0];
  if (t && p.total && !repeatsAmount(p, t)) {
    ctx.report('project-conflict', line, `expected project ${p.code} repeated at line ${line} to have the amount printed at line ${p.line} (${p.total.toFixed()}), found ${t.toFixed()}; the first is kept`);
  }
}

/** A project printed again (a repeated header at a page break) is one project. */
function mergeInto(ctx: TableContext, same: Project, p: Project): void {
  takeAmounts(ctx, same, p);
  same.headerLines.push(...p.headerLines.filter((l) => !same.headerLines.includes(l)));
  same.indicators.push(...p.indicators);
  if (!same.goal && p.goal) same.goal = p.goal;
  // A name drawn outside the grid may be cut; the grid row prints it whole.
  if (squashed(p.name).startsWith(squashed(same.name))) same.name = p.name;
}

/** PROJECT_CODE_START, after a check that rules out most cells: ≥ 10 characters, a digit first. */
function startsWithProjectCode(cell: string): boolean {
  const first = cell.charCodeAt(0);
  return cell.length >= 10 && first >= 48 && first <= 57 && PROJECT_CODE_START.test(cell);
}

/** The cell holding a project code, before any indicator cell. */
function codeIndex(row: Row): number {
  const k = level1Index(row.cells);
  const i = row.cells.findIndex(startsWithProjectCode);
  return i >= 0 && (k < 0 || i < k) ? i : -1;
}

function amountAt(row: Row, i: number): boolean {
  const c = row.cells[i];
  return c !== undefined && isAmount(c);
}

function isPureHeader(row: Row): boolean {
  let words = 0;
  for (const c of row.cells) {
    if (c === '') continue;
    if (!HEADER_WORDS.has(labelKey(c))) return false;
    words++;
  }
  return words > 0;
}

function layoutOf(row: Row): Layout | null {
  const keys = row.cells.map(labelKey);
  const name = keys.indexOf('项目名称');
  const total = keys.indexOf('项目总额');
  return name >= 0 && total > name ? { totalOffset: total - name, headers: row.cells.map((c) => c.trim()), nameAt: name } : null;
}

/** A header row drawn over a data row: indicator column headers beside data cells. */
function isOverdrawn(row: Row): boolean {
  let headers = 0;
  let data = 0;
  for (const c of row.cells) {
    if (c === '') continue;
    if (HEADER_WORDS.has(labelKey(c))) headers++;
    else data++;
  }
  return headers >= 3 && data > 0;
}

function withoutHeaderWords(row: Row, layout: Layout): Row {
  const cells = row.cells.map((c, i) => {
    if (c === '' || HEADER_WORDS.has(labelKey(c))) return '';
    const word = layout.headers[i] ?? '';
    const rest = OVERDRAWN.includes(word) ? removeSubsequence(c, word) : null;
    return rest === null ? c : rest.trim();
  });
  return { ...row, cells };
}

/**
 * The second header line (财政资金, 其他资金) with amounts drawn through it
 * ("37财0.政00资00金00" | "其他资金"): the amounts, or null when the row is something else.
 */
function overdrawnSubheader(row: Row): string[] | null {
  const cells = row.cells.filter((c) => c !== '');
  if (cells.length === 0 || cells.length > 2) return null;
  const amounts: string[] = [];
  let words = 0;
  for (const c of cells) {
    if (c === '财政资金' || c === '其他资金') {
      words++;
      continue;
    }
    const rest = removeSubsequence(c, '财政资金') ?? removeSubsequence(c, '其他资金');
    if (rest === null || !isAmount(rest.trim())) return null;
    amounts.push(rest.trim());
    words++;
  }
  return amounts.length > 0 && words === cells.length ? amounts : null;
}

interface ReadProject {
  project: Project;
  /** The printed start of a code that a page break cut off, when the cell holds no more. */
  partial: string | null;
}

function readProject(ctx: TableContext, row: Row, codeAt: number, layout: Layout, name?: string): ReadProject {
  const cells = row.cells;
  const p = emptyProject(row.line);
  let partial: string | null = null;
  if (name === undefined) {
    let cell = cells[codeAt]!;
    let split = splitProjectCode(cell)!;
    // A code cut by a TAB goes on in the next cell: "11000022T0000" | "00391740-名称".
    if (split.serialDigits < MIN_SERIAL_DIGITS && !split.rest && /^\d/.test(cells[codeAt + 1] ?? '')) {
      cell = `${cell}${cells[codeAt + 1]}`;
      const joined = splitProjectCode(cell)!;
      if (joined.serialDigits >= MIN_SERIAL_DIGITS) {
        split = joined;
        cells.splice(codeAt, 2, cell);
      }
    }
    if (split.serialDigits < MIN_SERIAL_DIGITS) {
      if (split.rest) ctx.report('malformed-code', row.line, `expected a project code of 8 digits, a letter and 11 to 13 digits, found "${split.printed}" before "${split.rest}"`);
      partial = split.printed;
    }
    p.code = split.code;
    p.printedCode = split.printed;
    p.name = split.rest;
  } else p.name = name;
  const before = cells.slice(0, codeAt).filter((c) => c !== '');
  p.unit = codeName(before[before.length - 1]);
  const k = level1Index(cells, codeAt + 1);
  const end = k >= 0 ? k : cells.length;
  const at = codeAt + layout.totalOffset;
  // Between the name and 项目总额: category, leader and phone, where the layout prints them.
  for (const cell of cells.slice(codeAt + 1, Math.min(at, end))) {
    if (cell === '') continue;
    if (!p.category && /^\d{2}-\D/.test(cell)) p.category = cell;
    else if (/^[\d()+\-\s]{5,}$/.test(cell)) p.phone = cell;
    else if (!p.leader) p.leader = cell;
    else if (!p.name) p.name = cell;
  }
  let goalAt = at + 1;
  if (partial === null || cells.slice(at, at + 3).some((c) => c !== '')) {
    p.total = ctx.amount(row, cells[at], '项目总额');
    // 其中 columns: extraction may drop their empty cells, so the goal starts at the first text.
    const rest: (Money | null)[] = [];
    while (goalAt < at + 3 && goalAt < end && (cells[goalAt] === '' || isAmount(cells[goalAt]!))) rest.push(ctx.amount(row, cells[goalAt++], rest.length ? '其他资金' : '财政资金'));
    [p.fiscal = null, p.other = null] = rest;
  }
  p.goal = cells.slice(goalAt, end).filter((c) => c !== '').join('');
  if (k >= 0) p.indicators.push(indicatorAt(row.line, cells, k));
  return { project: p, partial };
}

