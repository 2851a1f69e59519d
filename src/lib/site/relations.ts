import type { Department } from '../model/department.ts';

/** Another department as a page names it: with its page's slug where it has one on file, else as text. */
export interface Related {
  name: string;
  /** The folder (and page) of the department, or null where it is not on file: name it, do not link. */
  slug: string | null;
  code: string | null;
}

export interface Relations {
  /** The department whose document consolidates this unit's budget. */
  parent: Related | null;
  /** Units whose department.json names this department as their parent, by name. */
  units: Related[];
  /** The department this one took over from. */
  predecessor: Related | null;
  /** Departments that name this one as their predecessor, by name. */
  successors: Related[];
}

const byName = (a: Related, b: Related) => a.name.localeCompare(b.name, 'zh-CN');
const onFile = (d: Department): Related => ({ name: d.name, slug: d.slug, code: d.code });

/**
 * How a department stands to the others on file: unit ↔ department (`parent`) and predecessor ↔
 * successor (`predecessor`), each way. A predecessor named by a folder that is not on file is
 * named by its `name` where given, else by the folder name, and never linked.
 */
export function relationsOf(dept: Department, departments: readonly Department[]): Relations {
  const bySlug = new Map(departments.map((d) => [d.slug, d]));
  const known = (slug: string | null | undefined) => (slug ? bySlug.get(slug) : undefined);
  const parentDept = known(dept.parent);
  const p = dept.predecessor;
  const predecessorDept = known(p?.slug);
  return {
    parent: parentDept ? onFile(parentDept) : dept.parent ? { name: dept.parent, slug: null, code: null } : null,
    units: departments.filter((d) => d.slug !== dept.slug && d.parent === dept.slug).map(onFile).sort(byName),
    predecessor: predecessorDept ? onFile(predecessorDept) : p ? { name: p.name ?? p.slug!, slug: null, code: p.code ?? null } : null,
    successors: departments.filter((d) => d.slug !== dept.slug && d.predecessor?.slug === dept.slug).map(onFile).sort(byName),
  };
}
