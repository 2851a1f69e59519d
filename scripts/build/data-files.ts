// The downloadable data under /data/: per document its CSVs, model.json, datapackage.json and
// source.txt; and the corpus-wide CSVs. Written by the build script, not by Astro endpoints:
// 15,000 endpoint renders took ~35 s of Astro's single thread at 1,000 documents.
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { corpusOrder, CORPUS_TABLES } from '../../src/lib/data/corpus-tables.ts';
import { corpusCsvHead, corpusCsvRows, documentDataFiles } from '../../src/lib/data/publish.ts';
import { budgetEntry, siteCorpus, siteEntries } from '../../src/lib/site/entries.ts';

export function writeDataFiles(out: string): { files: number; bytes: number } {
  const corpus = siteCorpus();
  const names = new Map(corpus.departments.map((d) => [d.slug, d.name]));
  const departmentName = (slug: string) => names.get(slug) ?? slug;
  let files = 0;
  let bytes = 0;
  const write = (path: string, body: string | Uint8Array) => {
    const file = join(out, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, body);
    files++;
    bytes += typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
  };
  // One pass in corpus order: each model is read once and feeds its own files and its rows of
  // the corpus-wide CSVs, which are appended piece by piece.
  const corpusFiles = CORPUS_TABLES.map((table) => {
    const file = join(out, 'data', table.file);
    mkdirSync(dirname(file), { recursive: true });
    const fd = openSync(file, 'w');
    bytes += writeSync(fd, corpusCsvHead(table));
    return { table, fd };
  });
  for (const index of [...siteEntries().budgets].sort(corpusOrder)) {
    const entry = budgetEntry(index);
    for (const f of documentDataFiles(entry, { department: index.department, year: index.year, departmentName: departmentName(index.department) }, readFileSync(index.file))) write(f.path, f.body);
    for (const { table, fd } of corpusFiles) bytes += writeSync(fd, corpusCsvRows(table, entry, departmentName));
  }
  for (const { fd } of corpusFiles) closeSync(fd);
  return { files: files + corpusFiles.length, bytes };
}
