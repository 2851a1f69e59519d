import type { FindingJson } from '../model/schema.ts';
import { groupDigits } from '../viz/format.ts';

/** A finding in plain words for citizens: what was printed, what the rows add up to. */
export function findingText(f: FindingJson): string {
  const stated = f.stated.value === null ? '空' : `${groupDigits(f.stated.value)} 万元`;
  const computed = f.computed.value === null ? '空' : `${groupDigits(f.computed.value)} 万元`;
  const gap = groupDigits(f.difference.replace(/^-/, ''));
  const rounding = f.rounding ? '差额在原文印刷位数的四舍五入范围内。' : '';
  const positive = !f.difference.startsWith('-');
  switch (f.code) {
    case 'rows-vs-total':
    case 'items-vs-total':
      return positive
        ? `${f.table}：明细各行只列明了 ${computed}，而${f.stated.label}印为 ${stated}，有 ${gap} 万元未列明到明细。${rounding}`
        : `${f.table}：明细各行加总为 ${computed}，比${f.stated.label}所印 ${stated} 多 ${gap} 万元。${rounding}`;
    case 'parts-vs-total':
      return `${f.table}：${f.stated.label}印为 ${stated}，而${f.computed.label}为 ${computed}，相差 ${gap} 万元。${rounding}`;
    default:
      return `${f.table}：${f.stated.label}为 ${stated}，${f.computed.label}为 ${computed}，相差 ${gap} 万元。${rounding}`;
  }
}
