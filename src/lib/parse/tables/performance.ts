import { readAmount, type Money } from '../../model/money.ts';
import { PROJECT_CODE_START, splitProjectCode } from '../../model/project-code.ts';
import type { Project } from '../../model/schema.ts';
import { isBlank, isFurniture, type Row } from '../normalize.ts';
import { codeName, isHeaderRow, totalAmounts, totalIndex, type TableContext } from './context.ts';
import { indicatorAt, level1Index } from './indicators.ts';

/**
 * 项目支出绩效（目标）表. Columns differ between documents (unit, category, leader, phone,
 * direction) and rows lose leading cells, so every cell is recognised by what it holds: the
 * project code, the amounts (printed with decimals), the goal text, and the 一级指标 that
 * starts an indicator.
 */
export function parsePerformance(ctx: TableContext) {
  const projects: Project[] = [];
  let total: Money | null = null;
  let totalLine: number | null = null;
  for (const row of ctx.body) {
    if (isBlank(row) || isFurniture(row)) continue;
    const codeAt = row.cells.findIndex(startsWithProjectCode);
    if (codeAt >= 0) {
      addProject(ctx, projects, readProject(ctx, row, codeAt));
      continue;
    }
    const k = level1Index(row.cells);
    if (k >= 0) {
      const current = projects[projects.length - 1];
      if (current) current.indicators.push(indicatorAt(row.line, row.cells, k));
      else ctx.unplace(row, 'an indicator before any project');
      continue;
    }
    if (totalIndex(row) >= 0 && totalLine === null) {
      total = ctx.amount(row, totalAmounts(row)[0], '项目总额');
      totalLine = row.line;
      continue;
    }
    if (isHeaderRow(row)) continue;
    ctx.unplace(row, 'not a project, indicator, header or 合计 row of the 绩效目标表');
  }
  return { table: { line: ctx.section.line, total, totalLine }, projects };
}

/** PROJECT_CODE_START, after a check that rules out most cells: ≥ 10 characters, a digit first. */
function startsWithProjectCode(cell: string): boolean {
  const first = cell.charCodeAt(0);
  return cell.length >= 10 && first >= 48 && first <= 57 && PROJECT_CODE_START.test(cell);
}

function readProject(ctx: TableContext, row: Row, codeAt: number): Project {
  const cells = row.cells;
  const split = splitProjectCode(cells[codeAt]!)!;
  const before = cells.slice(0, codeAt).filter((c) => c !== '');
  let name = split.rest;
  let from = codeAt + 1;
  if (!name) name = cells[from++] ?? '';
  const k = level1Index(cells, from);
  const mid = cells.slice(from, k >= 0 ? k : cells.length);
  const amounts: Money[] = [];
  let category: string | null = null;
  let leader: string | null = null;
  let phone: string | null = null;
  const goal: string[] = [];
  for (const cell of mid) {
    if (cell === '') continue;
    // Amounts are printed with decimals; readAmount tells them from text.
    const a = goal.length === 0 && cell.includes('.') ? readAmount(cell, ctx.unit) : null;
    if (a?.kind === 'amount') amounts.push(a.value);
    else if (amounts.length > 0) goal.push(cell);
    else if (!category && /^\d{2}-\D/.test(cell)) category = cell;
    else if (/^[\d()+\-\s]{5,}$/.test(cell)) phone = cell;
    else if (!leader) leader = cell;
    else goal.push(cell);
  }
  if (amounts.length === 0) ctx.report('bad-amount', row.line, `expected the 项目总额 of project ${split.printed} as an amount, found ${mid.filter(Boolean).join(' | ') || 'nothing'}`);
  return {
    line: row.line,
    code: split.code,
    printedCode: split.printed,
    name,
    unit: codeName(before[before.length - 1]),
    category,
    leader,
    phone,
    total: amounts[0] ?? null,
    fiscal: amounts[1] ?? null,
    other: amounts[2] ?? null,
    goal: goal.join(''),
    indicators: k >= 0 ? [indicatorAt(row.line, cells, k)] : [],
    headerLines: [row.line],
  };
}

/** A header row printed again where indicators continue on the next page is the same project. */
function addProject(ctx: TableContext, projects: Project[], p: Project): void {
  const same = projects.find((q) => q.code === p.code);
  if (!same) {
    projects.push(p);
    return;
  }
  if (!(same.total && p.total && same.total.eq(p.total))) {
    ctx.report('project-conflict', p.line, `expected project ${p.code} repeated at line ${p.line} to have the amount printed at line ${same.line} (${same.total?.toFixed() ?? '—'}), found ${p.total?.toFixed() ?? '—'}; indicators kept under the first`);
  }
  same.headerLines.push(p.line);
  same.indicators.push(...p.indicators);
  if (!same.goal && p.goal) same.goal = p.goal;
  // Keep the continuation directly after the project it continues.
  projects.splice(projects.indexOf(same), 1);
  projects.push(same);
}
