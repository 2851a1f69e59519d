import { relative, resolve, sep } from 'node:path';

const slashed = (path: string) => path.split(sep).join('/');

/**
 * <content>/<department>/<year>.txt: the path names the department and the year. `file` is the
 * path as messages print it, relative to the project when the file is inside it.
 */
export function metaFromPath(path: string, contentDir: string, root = process.cwd()): { file: string; department: string | null; year: number | null } {
  const inProject = slashed(relative(root, resolve(path)));
  const m = /^([^/]+)\/(\d{4})\.txt$/.exec(slashed(relative(resolve(root, contentDir), resolve(path))));
  return { file: inProject.startsWith('..') ? path : inProject, department: m ? m[1]! : null, year: m ? Number(m[2]) : null };
}
