import type { Money } from '../../model/money.ts';
import { isBlank, isFurniture, labelKey, nonEmpty } from '../normalize.ts';
import { isHeaderRow, type TableContext } from './context.ts';
import { isAmountCell } from './coded.ts';
import { indicatorValue, isOperatorCell, normalizeOperator, splitCombined } from './indicators.ts';

const FUNDS = ['预算支出总额', '财政拨款合计', '财政拨款基本支出', '财政拨款项目支出', '其他资金合计', '其他资金基本支出', '其他资金项目支出'];

/** 部门（单位）整体支出绩效目标表: name, funds, overall goal and activity indicators. */
export function parseOverallPerformance(ctx: TableContext) {
  let name: string | null = null;
  const funds: Record<string, Money | null> = {};
  let goal = '';
  let notes = '';
  const indicators = [];
  /** The last row read was an indicator: a free-text line after it is the rest of its text. */
  let afterIndicator = false;
  for (const row of ctx.body) {
    if (isBlank(row) || isFurniture(row)) continue;
    const cells = nonEmpty(row.cells);
    const keys = cells.map(labelKey);
    const combinedAt = cells.findIndex((c) => splitCombined(c) !== null);
    // Some rows print the 绩效指标 without its 一级/二级 prefix, as the PDF does: the text sits
    // just before the 性质 (≥, ＝, 定性) cell.
    const operatorAt = combinedAt < 0 ? cells.findIndex((c, i) => i >= 1 && i + 1 < cells.length && isOperatorCell(c)) : -1;
    if (combinedAt >= 0 || operatorAt >= 1) {
      const textAt = combinedAt >= 0 ? combinedAt : operatorAt - 1;
      const levels = combinedAt >= 0 ? splitCombined(cells[combinedAt]!)! : { level1: '', level2: '', level3: cells[textAt]! };
      const activity = cells.slice(0, textAt).filter((c) => labelKey(c) !== '整体绩效目标');
      const [operator = '', value = '', unit = ''] = cells.slice(textAt + 1);
      indicators.push({ line: row.line, activity: activity.join(' '), ...levels, operator: normalizeOperator(operator), value: indicatorValue(value), unit, direction: null });
      afterIndicator = true;
      continue;
    }
    if (afterIndicator && row.plain && keys[0] !== '整体绩效目标') {
      // An indicator's text cut by a page break ends on a free-text line ("…提升医保基金监" | "管效能").
      indicators[indicators.length - 1]!.level3 += cells[0];
      afterIndicator = false;
      continue;
    }
    afterIndicator = false;
    if (/^部门(\(单位\))?名称$/.test(keys[0] ?? '') && cells[1]) {
      name = cells[1];
      continue;
    }
    if (cells.length > 1 && cells.every((c) => isAmountCell(c))) {
      cells.forEach((c, i) => (funds[FUNDS[i] ?? `列${i + 1}`] = ctx.amount(row, c, FUNDS[i] ?? `${i + 1}`)));
      continue;
    }
    const text = cells.filter((c) => labelKey(c) !== '整体绩效目标');
    if (keys[0] === '整体绩效目标' && text.some((c) => c.length > 12)) {
      goal = text.join('');
      continue;
    }
    if (keys.includes('其他说明')) {
      notes = cells.filter((c) => labelKey(c) !== '其他说明').join('');
      continue;
    }
    if (isHeaderRow(row)) continue;
    ctx.unplace(row, 'not a row of the 整体支出绩效目标表');
  }
  return { line: ctx.section.line, name, funds, goal, notes, indicators };
}
