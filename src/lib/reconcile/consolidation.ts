import { sum } from '../model/money.ts';
import type { BudgetDocument, Finding } from '../model/schema.ts';
import { compare } from './compare.ts';

/**
 * A unit's own document against its block inside its department's document of the same year:
 * the 一般公共预算支出表 rows must reappear as one block, and its projects among the department's.
 */
export function unitInDepartment(unit: BudgetDocument, dept: BudgetDocument): Finding[] {
  const out: (Finding | null)[] = [];
  const rows = unit.generalExpenditure?.rows ?? [];
  const deptRows = dept.generalExpenditure?.rows ?? [];
  if (rows.length) {
    const signature = (r: (typeof rows)[number]) => `${r.function?.code}:${r.total?.toFixed()}`;
    const wanted = rows.map(signature).join('|');
    const blocks = [...new Set(deptRows.map((r) => r.block))];
    const match = blocks.find((b) => deptRows.filter((r) => r.block === b).map(signature).join('|') === wanted);
    const unitTotal = unit.generalExpenditure?.total ?? sum(rows.map((r) => r.total));
    const blockRows = match === undefined ? [] : deptRows.filter((r) => r.block === match);
    out.push(
      compare(
        'unit-vs-department',
        '单位预算 / 部门预算',
        { value: unitTotal, line: unit.generalExpenditure?.totalLine ?? null, label: `${unit.file} 一般公共预算支出合计` },
        { value: match === undefined ? null : sum(blockRows.map((r) => r.total)), line: blockRows[0]?.line ?? null, label: match === undefined ? `${dept.file} 中未找到与之逐行相同的单位区块` : `${dept.file} 第 ${match + 1} 个单位区块（第 ${blockRows[0]!.line}–${blockRows[blockRows.length - 1]!.line} 行）` },
        [],
      ),
    );
  }
  const deptCodes = new Set(dept.projects.map((p) => p.code));
  const missing = unit.projects.filter((p) => !deptCodes.has(p.code));
  if (missing.length) {
    out.push(
      compare(
        'unit-projects-missing',
        '单位预算 / 部门预算',
        { value: sum(unit.projects.map((p) => p.total)), line: unit.performance?.line ?? null, label: `${unit.file} ${unit.projects.length} 个项目合计` },
        { value: sum(unit.projects.filter((p) => deptCodes.has(p.code)).map((p) => p.total)), line: dept.performance?.line ?? null, label: `其中见于 ${dept.file} 的项目合计（缺 ${missing.map((p) => p.code).join('、')}）` },
        missing.map((p) => p.line),
      ),
    );
  }
  return out.filter((f): f is Finding => f !== null);
}
