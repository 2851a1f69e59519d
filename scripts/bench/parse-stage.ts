// The parser's own throughput: every document read into memory first (disk time reported
// apart), then parsed and summarised, keeping nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from '../../src/lib/corpus/summary.ts';
import { readDocument } from '../../src/lib/corpus/read.ts';

const root = process.argv[2]!;
const t0 = process.hrtime.bigint();
const files: { file: string; department: string; year: number; bytes: Buffer }[] = [];
for (const department of readdirSync(root).sort()) {
  for (const name of readdirSync(join(root, department))) {
    const m = /^(\d{4})\.txt$/.exec(name);
    if (m) files.push({ file: `${root}/${department}/${name}`, department, year: Number(m[1]), bytes: readFileSync(join(root, department, name)) });
  }
}
const t1 = process.hrtime.bigint();
let errors = 0;
let bytes = 0;
for (const f of files) {
  const r = readDocument(f.bytes, { file: f.file, department: f.department, year: f.year });
  if (r.value) summarize(r.value);
  else errors++;
  bytes += f.bytes.length;
}
const t2 = process.hrtime.bigint();
const readSeconds = Number(t1 - t0) / 1e9;
const seconds = Number(t2 - t1) / 1e9;
console.log(JSON.stringify({ documents: files.length, errors, bytes, readSeconds, seconds, mbPerSecond: bytes / 1e6 / seconds }));
