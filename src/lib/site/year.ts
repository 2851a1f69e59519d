import type { DocSummary } from '../corpus/summary.ts';
import { d, withUnitemised, type MoneyNode } from '../viz/tree.ts';
import { urls } from '../urls.ts';

type Doc = Pick<DocSummary, 'department' | 'year' | 'total'> & { consolidatedInto: string | null };

/**
 * Departments of one year. A unit consolidated into its department's document sits inside
 * that department's rectangle and is never added to the year's total a second time.
 */
export function yearTrees(docs: readonly Doc[], year: number, name: (slug: string | null) => string): MoneyNode[] {
  const ofYear = docs.filter((x) => x.year === year);
  const children = ofYear
    .filter((x) => !x.consolidatedInto)
    .map((doc): MoneyNode => {
      const total = d(doc.total);
      const units = ofYear.filter((u) => u.consolidatedInto === doc.department);
      const node: MoneyNode = { id: `d-${doc.department}`, label: name(doc.department), value: total, href: units.length ? `#d-${doc.department}` : urls.budget(doc.department, year) };
      if (!units.length) return node;
      const unitNodes = units.map((u) => ({ id: `u-${u.department}`, label: name(u.department), value: d(u.total), href: urls.budget(u.department, year) }));
      const inner = withUnitemised({ ...node, children: unitNodes }, total, urls.budget(doc.department, year));
      return { ...inner, children: inner.children!.map((c) => (c.unitemised ? { ...c, label: '本级及其他所属单位' } : c)) };
    });
  const root = withUnitemised({ id: `year-${year}`, label: `${year} 年`, children }, null);
  return [root, ...root.children!.filter((c) => c.children?.length)];
}
