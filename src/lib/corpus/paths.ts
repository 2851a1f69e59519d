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

/** Both names a folder may be given by (`content`, `./content/`) compare equal. */
export const sameFolder = (a: string, b: string) => resolve(a) === resolve(b);

/**
 * Where the 情况说明 of `<dept>/<year>` is: `<year>.narrative.txt` beside the tables in the
 * content folder (the suffix keeps it from being read as a budget document), or, in a narrative
 * folder of its own (NARRATIVE_DIR), `<dept>/<year>.txt` in the same layout as the content.
 */
export function narrativeFile(contentDir: string, narrativeDir: string, dept: string, year: number): string {
  return sameFolder(contentDir, narrativeDir) ? `${contentDir}/${dept}/${year}.narrative.txt` : `${narrativeDir}/${dept}/${year}.txt`;
}
