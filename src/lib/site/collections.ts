import { getCollection, type CollectionEntry } from 'astro:content';

export type Budget = CollectionEntry<'budgets'>['data'];
export type DepartmentEntry = CollectionEntry<'departments'>['data'];
export type ProjectEntry = CollectionEntry<'projects'>['data'];

let memo: ReturnType<typeof load> | null = null;

/** The three collections, read once per build: thousands of pages share them. */
export function site() {
  memo ??= load();
  return memo;
}

async function load() {
  const [departments, budgets, projects] = await Promise.all([getCollection('departments'), getCollection('budgets'), getCollection('projects')]);
  const dept = new Map(departments.map((d) => [d.data.slug, d.data]));
  return {
    departments: departments.map((d) => d.data).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
    budgets: budgets.map((b) => b.data).sort((a, b) => b.year - a.year || a.department.localeCompare(b.department)),
    projects: projects.map((p) => p.data),
    deptName: (slug: string | null) => dept.get(slug ?? '')?.name ?? slug ?? '',
    dept: (slug: string | null) => dept.get(slug ?? ''),
  };
}
