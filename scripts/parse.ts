// npm run --silent parse -- FILE… [--department SLUG] [--year YYYY]
// Prints the model of one document as JSON; of several, one model per line (JSON Lines), in
// the order given. Department and year come from the path when the file is under
// <content folder>/<department>/<year>.txt (CONTENT_DIR, default content/), else from the flags, else null;
// such a file is read with its 情况说明 (NARRATIVE_DIR) when it has one. Exits 1 if any file fails.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { configFromEnv } from '../src/lib/config.ts';
import { metaFromPath, narrativeFile } from '../src/lib/corpus/paths.ts';
import { formatIssue } from '../src/lib/parse/issues.ts';
import { readDocument } from '../src/lib/corpus/read.ts';
import { toJson } from '../src/lib/model/serialize.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { department: { type: 'string' }, year: { type: 'string' } } });
if (positionals.length === 0) {
  process.stderr.write('usage: npm run --silent parse -- FILE… [--department SLUG] [--year YYYY]\n');
  process.exit(2);
}
const lines = positionals.length > 1;
const { contentDir, narrativeDir } = configFromEnv();
let failed = false;
for (const path of positionals) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    process.stderr.write(`${path}:1: error cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    failed = true;
    continue;
  }
  const fromPath = metaFromPath(path, contentDir);
  const meta = {
    file: fromPath.file,
    department: values.department ?? fromPath.department,
    year: values.year ? Number(values.year) : fromPath.year,
  };
  // A document of the content folder is read with its 情况说明, as the build reads it.
  const narrative = fromPath.department && fromPath.year ? narrativeFile(contentDir, narrativeDir, fromPath.department, fromPath.year) : null;
  const result = readDocument(bytes, meta, narrative && existsSync(narrative) ? { input: readFileSync(narrative), file: narrative } : null);
  for (const i of result.issues) process.stderr.write(formatIssue(i) + '\n');
  if (!result.value) {
    failed = true;
    continue;
  }
  const model = { ...toJson(result.value), issues: result.issues };
  process.stdout.write((lines ? JSON.stringify(model) : JSON.stringify(model, null, 2)) + '\n');
}
process.exit(failed ? 1 : 0);
