import { labelKey } from '../normalize.ts';

export const LEVEL1 = /^(产出指标|效益指标|成本指标|满意度指标)$/;
const COMBINED = /^(产出指标|效益指标|成本指标|满意度指标)(.+?指标)(.*)$/;

const OPERATORS: Record<string, string> = { '>=': '≥', '<=': '≤', '＝': '=', '≧': '≥', '≦': '≤', '＞': '>', '＜': '<' };

export interface IndicatorCells {
  level1: string;
  level2: string;
  level3: string;
  operator: string;
  value: string;
  unit: string;
  direction: string | null;
}

export function normalizeOperator(op: string): string {
  const k = op.normalize('NFKC').replace(/\s/g, '');
  return OPERATORS[k] ?? (k === '定性' ? '定性' : op.trim());
}

/** Reads 一级/二级/三级指标, 性质, 值, 单位, 方向 from the cells starting at the 一级指标 cell. */
export function indicatorAt(cells: readonly string[], k: number): IndicatorCells {
  const c = (i: number) => cells[k + i] ?? '';
  const direction = /向/.test(c(6)) ? c(6) : null;
  return { level1: c(0), level2: c(1), level3: c(2), operator: normalizeOperator(c(3)), value: indicatorValue(c(4)), unit: c(5), direction };
}

/** Targets are not money and keep their digits as printed, but not their thousands separators. */
export function indicatorValue(cell: string): string {
  return /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(cell) ? cell.replace(/,/g, '') : cell;
}

export function level1Index(cells: readonly string[], from = 0): number {
  for (let i = from; i < cells.length; i++) if (cells[i]!.includes('指标') && LEVEL1.test(labelKey(cells[i]!))) return i;
  return -1;
}

/** 整体支出绩效目标表 prints 一级+二级+三级 in one cell: "产出指标数量指标对43个街乡…". */
export function splitCombined(cell: string): { level1: string; level2: string; level3: string } | null {
  const m = COMBINED.exec(cell);
  return m ? { level1: m[1]!, level2: m[2]!, level3: m[3]! } : null;
}
