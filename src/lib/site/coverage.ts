/**
 * What the site holds, said where totals are shown: a year's total is the sum of the budgets on
 * file, not Beijing's spending, and a reader must not take it for that.
 */
export interface Covered {
  department: string;
  year: number;
}

const NAMED = 8;
const list = (xs: readonly (string | number)[]) => xs.join('、');

/** For the home page: how many departments and budgets, over which years. */
export function siteCoverage(budgets: readonly Covered[]): string {
  const departments = new Set(budgets.map((b) => b.department)).size;
  const years = [...new Set(budgets.map((b) => b.year))].sort((a, b) => a - b);
  return `本站目前收录 ${departments} 个部门（单位）的 ${budgets.length} 份部门预算，年度为 ${list(years)} 年。这不是北京市的全部部门：本站的各项合计只包括已收录的预算。`;
}

/** For a year page: the departments of that year, by name, and what its total covers. */
export function yearCoverage(budgets: readonly Covered[], year: number, name: (slug: string) => string): string {
  const names = budgets.filter((b) => b.year === year).map((b) => name(b.department));
  // A city's year holds hundreds of budgets: the sentence names a few, the table below all.
  const named = names.length > NAMED ? `${list(names.slice(0, NAMED))} 等（全部列在下方的表中）` : list(names);
  return `${year} 年本站收录 ${names.length} 份部门预算：${named}。下面的合计只包括这些预算，不是北京市 ${year} 年的全部支出。`;
}
