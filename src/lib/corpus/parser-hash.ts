import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What a stored model depends on besides its text: the sources of the parser, the model and
 * the per-document reconciliation, and the summary kept beside the model. Hashing them means a
 * changed parser re-parses every document, with no version number to remember to bump.
 */
const SOURCES = ['src/lib/parse', 'src/lib/model', 'src/lib/reconcile', 'src/lib/corpus/read.ts', 'src/lib/corpus/summary.ts', 'src/lib/corpus/store.ts'];

let memo: string | null = null;

/** Read from the project folder (the working directory of every command), once per process. */
export function parserSourceHash(root = process.cwd()): string {
  if (memo) return memo;
  const hash = createHash('sha256');
  const add = (path: string) => {
    const entries = path.endsWith('.ts') ? null : readdirSync(join(root, path), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    if (!entries) {
      hash.update(path).update(readFileSync(join(root, path)));
      return;
    }
    for (const e of entries) if (e.isDirectory() || e.name.endsWith('.ts')) add(`${path}/${e.name}`);
  };
  for (const s of SOURCES) add(s);
  memo = hash.digest('hex');
  return memo;
}
