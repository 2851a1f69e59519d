// The downloadable data under /data/: per document its CSVs, model.json, datapackage.json and
// source.txt; and the corpus-wide CSVs. Written by the publish worker, not by Astro endpoints:
// 15,000 endpoint renders took ~35 s of Astro's single thread at 1,000 documents.
import { closeSync, readFileSync, writeSync } from 'node:fs';
import type { SiteData } from '../lib/corpus/site-data.ts';
import { corpusOrder, CORPUS_TABLES } from '../lib/data/corpus-tables.ts';
import { corpusCsvHead, corpusCsvRows, documentDataFiles } from '../lib/data/publish.ts';
import { openOutputFile, writeOutputFile } from './output.ts';

export function writeDataFiles(site: SiteData, out: string): { files: number; bytes: number } {
  const departmentName = (slug: string) => site.departmentName(slug);
  let files = 0;
  let bytes = 0;
  const write = (path: string, body: string | Uint8Array) => {
    bytes += writeOutputFile(out, path, body);
    files++;
  };
  // One pass in corpus order: each model is read once and feeds its own files and its rows of
  // the corpus-wide CSVs, which are appended piece by piece (a city's do not fit in memory).
  const corpusFiles = CORPUS_TABLES.map((table) => {
    const fd = openOutputFile(out, `/data/${table.file}`);
    bytes += writeSync(fd, corpusCsvHead(table));
    return { table, fd };
  });
  for (const budget of [...site.budgets].sort(corpusOrder)) {
    const document = site.budgetDocument(budget);
    for (const f of documentDataFiles(document, { department: budget.department, year: budget.year, departmentName: departmentName(budget.department), publication: site.department(budget.department)?.publications?.[budget.year] }, readFileSync(budget.file))) write(f.path, f.body);
    for (const { table, fd } of corpusFiles) bytes += writeSync(fd, corpusCsvRows(table, document, departmentName));
  }
  for (const { fd } of corpusFiles) closeSync(fd);
  return { files: files + corpusFiles.length, bytes };
}
