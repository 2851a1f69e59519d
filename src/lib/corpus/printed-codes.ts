/**
 * The classification codes a document prints, checked against the national 政府收支分类科目 table
 * (src/lib/classify): a code printed with another code's name is most often a digit misread in
 * extraction, which no total can show (the amount stays right, its place in the treemap does not).
 */
import { checkPrintedCode } from '../classify/code-names.ts';
import type { BudgetDocument } from '../model/schema.ts';
import { issue, type Issue } from '../parse/issues.ts';

type CodeName = { code: string; name: string } | null;
interface CodedRow {
  line: number;
  function?: CodeName;
  govEconomic?: CodeName;
  deptEconomic?: CodeName;
}

/**
 * A project code unlike every other code of its document: printed with fewer or more serial digits
 * ("11000024Y00000242885" among codes of twelve), or of another region (the first six digits:
 * 110000 for the city, 110101 for 东城区; one document's projects all share them). A digit lost,
 * doubled or misread turns it into another project's code. Documents that vary are left alone.
 */
export function projectCodeIssues(doc: BudgetDocument, file: string): Issue[] {
  const serial = (printed: string) => printed.replace(/^\d{8}\s*[A-Za-z]/, '').replace(/\D/g, '').length;
  const odd = <K>(key: (p: BudgetDocument['projects'][number]) => K) => {
    const counts = new Map<K, number>();
    for (const p of doc.projects) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
    const [usual, count] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
    // At least ten codes and one or two odd ones: a document's own way of coding, broken.
    const projects = count >= 10 && doc.projects.length - count <= 2 ? doc.projects.filter((p) => key(p) !== usual) : [];
    return { usual, count, projects };
  };
  if (doc.projects.length === 0) return [];
  const padding = odd((p) => serial(p.printedCode));
  const region = odd((p) => p.code.slice(0, 6));
  return [
    ...padding.projects.map((p) => issue('odd-project-code', file, p.line, `expected a project code with ${padding.usual} serial digits like the document's ${padding.count} others, found ${p.printedCode} (${serial(p.printedCode)}), read as ${p.code}: a digit lost or doubled? (compare with the published PDF)`)),
    ...region.projects.map((p) => issue('odd-project-code', file, p.line, `expected a project code of region ${region.usual} like the document's ${region.count} others, found ${p.printedCode}: a digit misread? (compare with the published PDF)`)),
  ];
}

/** One warning per code and printed name, at its first line. */
export function printedCodeIssues(doc: BudgetDocument, file: string): Issue[] {
  const tables: [string, readonly CodedRow[] | undefined][] = [
    ['支出总表', doc.expenditure?.rows],
    ['一般公共预算支出表', doc.generalExpenditure?.rows],
    ['一般公共预算基本支出表', doc.generalBasic?.rows],
    ['政府性基金预算支出表', doc.govFund?.rows],
    ['国有资本经营预算支出表', doc.stateCapital?.rows],
    ['项目支出表', doc.projectExpenditure?.rows],
  ];
  const seen = new Map<string, { line: number; table: string; rows: number }>();
  const out: { key: string; code: string; name: string }[] = [];
  for (const [table, rows] of tables) {
    for (const row of rows ?? []) {
      for (const cn of [row.function, row.govEconomic, row.deptEconomic]) {
        if (!cn?.code) continue;
        const key = `${cn.code}\u0000${cn.name}`;
        const first = seen.get(key);
        if (first) first.rows++;
        else {
          seen.set(key, { line: row.line, table, rows: 1 });
          out.push({ key, code: cn.code, name: cn.name });
        }
      }
    }
  }
  return out.flatMap(({ key, code, name }) => {
    const check = checkPrintedCode(code, name);
    if (check.verdict === 'known') return [];
    const { line, table, rows } = seen.get(key)!;
    const where = `${table}${rows > 1 ? ` (and ${rows - 1} more row${rows > 2 ? 's' : ''})` : ''}`;
    return check.verdict === 'unknown'
      ? [issue('unknown-code', file, line, `expected a code of the national 政府收支分类科目, found ${code}-${name} in the ${where}, a code this site's table does not hold: a digit misread? (compare with the published PDF)`)]
      : [issue('code-name-mismatch', file, line, `expected ${code} to be named ${check.name} (the national 政府收支分类科目), found ${code}-${name} in the ${where}: a digit misread? (compare with the published PDF)`)];
  });
}
