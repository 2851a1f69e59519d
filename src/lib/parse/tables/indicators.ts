import { labelKey } from '../normalize.ts';

const LEVEL1 = /^(产出指标|效益指标|成本指标|满意度指标)$/;
// LEVEL1's names as printed, which labelKey leaves unchanged: a set lookup finds most cells.
const LEVEL1_NAMES = new Set(['产出指标', '效益指标', '成本指标', '满意度指标']);
const COMBINED = /^(产出指标|效益指标|成本指标|满意度指标)(.+?指标)(.*)$/;

// After NFKC (which turns ＝ ＞ ＜ into = > <), the spellings that still differ from the normal form.
const OPERATORS: Record<string, string> = { '>=': '≥', '<=': '≤', '≧': '≥', '≦': '≤' };

export interface IndicatorCells {
  level1: string;
  level2: string;
  level3: string;
  operator: string;
  value: string;
  unit: string;
  direction: string | null;
}

// Operators already in normal form, which normalizeOperator returns unchanged: nearly all
// tables print these, and they skip the NFKC normalisation.
const NORMAL_OPERATORS = new Set(['≥', '≤', '=', '>', '<', '定性', '']);

/** A cell that holds a comparison (≥, ＝, 定性 …): the 绩效指标性质 column. */
export function isOperatorCell(cell: string): boolean {
  return cell !== '' && NORMAL_OPERATORS.has(normalizeOperator(cell));
}

export function normalizeOperator(op: string): string {
  if (NORMAL_OPERATORS.has(op)) return op;
  const k = op.normalize('NFKC').replace(/\s/g, '');
  return OPERATORS[k] ?? (NORMAL_OPERATORS.has(k) ? k : op.trim());
}

/** Reads 一级/二级/三级指标, 性质, 值, 单位, 方向 from the cells starting at the 一级指标 cell. */
export function indicatorAt(line: number, cells: readonly string[], k: number): { line: number } & IndicatorCells {
  const direction = cells[k + 6] ?? '';
  return {
    line,
    level1: cells[k] ?? '',
    level2: cells[k + 1] ?? '',
    level3: cells[k + 2] ?? '',
    operator: normalizeOperator(cells[k + 3] ?? ''),
    value: indicatorValue(cells[k + 4] ?? ''),
    unit: cells[k + 5] ?? '',
    direction: direction.includes('向') ? direction : null,
  };
}

/** Targets are not money and keep their digits as printed, but not their thousands separators. */
export function indicatorValue(cell: string): string {
  return cell.includes(',') && /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(cell) ? cell.replace(/,/g, '') : cell;
}

export function level1Index(cells: readonly string[], from = 0): number {
  for (let i = from; i < cells.length; i++) if (isLevel1(cells[i]!)) return i;
  return -1;
}

function isLevel1(cell: string): boolean {
  return cell.includes('指标') && (LEVEL1_NAMES.has(cell) || LEVEL1.test(labelKey(cell)));
}

/** 整体支出绩效目标表 prints 一级+二级+三级 in one cell: "产出指标数量指标对43个街乡…". */
export function splitCombined(cell: string): { level1: string; level2: string; level3: string } | null {
  const m = COMBINED.exec(cell);
  return m ? { level1: m[1]!, level2: m[2]!, level3: m[3]! } : null;
}
