import type { Money } from '../../model/money.ts';
import { isBlank, isFurniture, labelKey, type Row } from '../normalize.ts';
import { isAmountCell } from './coded.ts';
import type { TableContext } from './context.ts';

const FUNDS: [RegExp, string][] = [
  [/中央财政资金$/, '中央财政资金'],
  [/市级财政资金$/, '市级财政资金'],
  [/区级财政资金$/, '区级财政资金'],
  [/^其他资金$/, '其他资金'],
];

/**
 * 转移支付绩效目标表 (预算14表 or unnumbered): one transfer fund, its 年度金额 and where it
 * comes from, the year's goal and indicators whose 一级/二级 cells span several rows.
 */
export function parseTransfer(ctx: TableContext) {
  let name: string | null = null;
  let department: string | null = null;
  let total: Money | null = null;
  let totalLine: number | null = null;
  const funds: Record<string, Money | null> = {};
  const goal: string[] = [];
  const indicators = [];
  let columns: { level1: number; level2: number; level3: number; value: number } | null = null;
  let inGoal = false;
  let level1 = '';
  let level2 = '';
  for (const row of ctx.body) {
    if (isBlank(row) || isFurniture(row)) continue;
    const keys = row.cells.map(labelKey);
    const at = (re: RegExp) => keys.findIndex((k) => re.test(k));
    const after = (i: number) => row.cells.slice(i + 1).find((c) => c !== '') ?? null;
    if (at(/^转移支付名称$/) >= 0) {
      name = after(at(/^转移支付名称$/));
      const d = at(/主管部门$/);
      if (d >= 0) department = after(d);
      continue;
    }
    const year = at(/年度金额/);
    if (year >= 0) {
      const cell = row.cells.slice(year + 1).find((c) => c !== '');
      total = ctx.amount(row, cell, '年度金额');
      totalLine = row.line;
      continue;
    }
    const fund = FUNDS.find(([re]) => keys.some((k) => re.test(k.replace(/^其中[:：]/, ''))));
    if (fund && !columns) {
      const i = keys.findIndex((k) => fund[0].test(k.replace(/^其中[:：]/, '')));
      funds[fund[1]] = ctx.amount(row, row.cells.slice(i + 1).find((c) => c !== ''), fund[1]);
      continue;
    }
    if (at(/^年度(总体)?目标$/) >= 0) {
      inGoal = true;
      continue;
    }
    if (at(/^一级指标$/) >= 0) {
      inGoal = false;
      columns = { level1: at(/^一级指标$/), level2: at(/^二级指标$/), level3: at(/^三级指标$/), value: at(/^指标值$/) };
      continue;
    }
    if (columns) {
      const cell = (i: number) => (i >= 0 ? (row.cells[i] ?? '') : '');
      level1 = cell(columns.level1) || level1;
      level2 = cell(columns.level2) || level2;
      const level3 = cell(columns.level3);
      const value = cell(columns.value) || lastText(row, columns.level3);
      if (!level3 && !value) {
        ctx.unplace(row, 'expected an indicator row (三级指标 and 指标值) of the 转移支付绩效目标表');
        continue;
      }
      indicators.push({ line: row.line, level1, level2, level3, operator: '', value, unit: '', direction: null });
      continue;
    }
    if (inGoal && !row.cells.some(isAmountCell)) {
      goal.push(row.cells.filter((c) => c !== '').join(''));
      continue;
    }
    ctx.unplace(row, 'not a row of the 转移支付绩效目标表');
  }
  return { line: ctx.section.line, title: ctx.section.title, name, department, total, totalLine, funds, goal: goal.join(''), indicators };
}

/** The last non-empty cell after column `from`: 指标值 printed out of its column. */
function lastText(row: Row, from: number): string {
  const rest = row.cells.slice(from + 1).filter((c) => c !== '');
  return rest.length ? rest[rest.length - 1]! : '';
}
