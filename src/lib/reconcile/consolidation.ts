import { Decimal, moneyOrNull as dec, sum } from '../model/money.ts';
import type { Finding } from '../model/schema.ts';
import { compare } from './compare.ts';

/** What consolidation compares of a document: corpus/summary.ts keeps this for every document. */
export interface ConsolidationView {
  file: string;
  general: { total: string | null; totalLine: number | null; blocks: { signature: string; total: string; firstLine: number; lastLine: number }[] };
  projects: { code: string; total: string | null; line: number }[];
}

/**
 * A unit's own document against its block inside its department's document of the same year:
 * the 一般公共预算支出表 rows must reappear as one block, and its projects among the department's.
 */
export function unitInDepartment(unit: ConsolidationView, dept: ConsolidationView): Finding[] {
  const out: (Finding | null)[] = [];
  const own = unit.general.blocks;
  if (own.length) {
    const wanted = own.map((b) => b.signature).join('|');
    const match = dept.general.blocks.findIndex((b) => b.signature === wanted);
    const block = match >= 0 ? dept.general.blocks[match]! : null;
    out.push(
      compare(
        'unit-vs-department',
        '单位预算 / 部门预算',
        { value: dec(unit.general.total) ?? sum(own.map((b) => new Decimal(b.total))), line: unit.general.totalLine, label: `${unit.file} 一般公共预算支出合计` },
        { value: block ? new Decimal(block.total) : null, line: block?.firstLine ?? null, label: block ? `${dept.file} 第 ${match + 1} 个单位区块（第 ${block.firstLine}–${block.lastLine} 行）` : `${dept.file} 中未找到与之逐行相同的单位区块` },
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
        { value: sum(unit.projects.map((p) => dec(p.total))), line: null, label: `${unit.file} ${unit.projects.length} 个项目合计` },
        { value: sum(unit.projects.filter((p) => deptCodes.has(p.code)).map((p) => dec(p.total))), line: null, label: `其中见于 ${dept.file} 的项目合计（缺 ${missing.map((p) => p.code).join('、')}）` },
        missing.map((p) => p.line),
      ),
    );
  }
  return out.filter((f): f is Finding => f !== null);
}
