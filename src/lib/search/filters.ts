import type { Department } from '../model/department.ts';

/** A filter of the search page: Pagefind's filter name and its values with how many pages each has. */
export interface FilterOption {
  name: '年度' | '部门' | '区域';
  values: { value: string; count: number }[];
}

interface Budget {
  department: string;
  year: number;
}
interface Project {
  occurrences: readonly { department: string; year: number }[];
}

/**
 * The filters the search page renders, with the pages behind each value, counted the way the
 * search records file them (src/lib/search/record.ts): a project under each of its years,
 * departments and districts; a budget under its own; a department under its years. Rendered
 * into the page, so a first search need not load every shard's filter files to draw them.
 */
export function filterOptions(departments: readonly Pick<Department, 'slug' | 'name' | 'district' | 'years'>[], budgets: readonly Budget[], projects: readonly Project[]): FilterOption[] {
  const bySlug = new Map(departments.map((d) => [d.slug, d]));
  const name = (slug: string) => bySlug.get(slug)?.name ?? slug;
  const district = (slug: string) => bySlug.get(slug)?.district ?? '市级';
  const counts = { 年度: new Map<string, number>(), 部门: new Map<string, number>(), 区域: new Map<string, number>() };
  const file = (values: { 年度: string[]; 部门: string[]; 区域: string[] }) => {
    for (const key of ['年度', '部门', '区域'] as const) for (const v of new Set(values[key])) counts[key].set(v, (counts[key].get(v) ?? 0) + 1);
  };
  for (const d of departments) file({ 年度: d.years.map(String), 部门: [d.name], 区域: [district(d.slug)] });
  for (const b of budgets) file({ 年度: [String(b.year)], 部门: [name(b.department)], 区域: [district(b.department)] });
  for (const p of projects) file({ 年度: p.occurrences.map((o) => String(o.year)), 部门: p.occurrences.map((o) => name(o.department)), 区域: p.occurrences.map((o) => district(o.department)) });
  const sorted = (m: Map<string, number>, order: (a: string, b: string) => number) => [...m].sort(([a], [b]) => order(a, b)).map(([value, count]) => ({ value, count }));
  const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN');
  return [
    { name: '年度', values: sorted(counts.年度, (a, b) => Number(b) - Number(a)) },
    { name: '部门', values: sorted(counts.部门, zh) },
    // 市级 first, then the districts.
    { name: '区域', values: sorted(counts.区域, (a, b) => Number(b === '市级') - Number(a === '市级') || zh(a, b)) },
  ];
}
