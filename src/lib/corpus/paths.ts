import { relative, resolve, sep } from 'node:path';

/** content/<department>/<year>.txt: the path names the department and the year. */
export function metaFromPath(path: string, root = process.cwd()): { file: string; department: string | null; year: number | null } {
  const rel = relative(root, resolve(path)).split(sep).join('/');
  const m = /^content\/([^/]+)\/(\d{4})\.txt$/.exec(rel);
  return { file: rel.startsWith('..') ? path : rel, department: m ? m[1]! : null, year: m ? Number(m[2]) : null };
}
