// The Pagefind index of the site's pages (projects, departments, budgets), built from the models
// as weighted HTML records (see src/lib/search/record.ts) in shards of bounded size, and
// /pagefind-shards.json, which tells the search page which shards to merge.
import * as pagefind from 'pagefind';
import type { SiteData } from '../lib/corpus/site-data.ts';
import { budgetRecord, departmentRecord, projectRecord, recordHtml, type SearchRecord } from '../lib/search/record.ts';
import { planShards, shardDir } from '../lib/search/shards.ts';
import { writeOutputFile } from './output.ts';

export function searchRecords(site: SiteData): SearchRecord[] {
  const departments = site.departments.map(departmentRecord);
  const budgets = site.budgets.map((b) => budgetRecord(site.department(b.department) ?? { slug: b.department, name: b.department, district: null }, b.year, b.total));
  // Document order reads each model once.
  const projects = site.projectsInDocumentOrder().map((p) => projectRecord(p.code, p.name, site.projectOccurrences(p.code), (slug) => site.department(slug)));
  return [...departments, ...budgets, ...projects];
}

export async function writeSearchIndex(out: string, records: SearchRecord[], shardRecords: number): Promise<{ shards: number; records: number }> {
  // A loop, not Math.max(...): 190,000 arguments overflow the stack.
  const newest = records.reduce((m, r) => Math.max(m, r.year), 0);
  const shards = planShards(records, shardRecords);
  for (const [i, shard] of shards.entries()) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    // All of a shard's records in flight at once: awaiting each round trip to the Pagefind
    // process in turn took a third longer.
    const added = await Promise.all(shard.map((r) => index.addHTMLFile({ url: r.url, content: recordHtml(r, newest) }).then((a) => ({ url: r.url, errors: a.errors }))));
    for (const a of added) if (a.errors.length) throw new Error(`pagefind ${a.url}: ${a.errors.join('; ')}`);
    // The files come back to this process to be written as the data files are (see output.ts).
    const built = await index.getFiles();
    if (built.errors.length) throw new Error(`pagefind: ${built.errors.join('; ')}`);
    for (const f of built.files) writeOutputFile(out, `${shardDir(i)}/${f.path}`, f.content);
    // One Pagefind process per shard: closing it returns the shard's memory.
    await pagefind.close();
  }
  writeOutputFile(out, 'pagefind-shards.json', JSON.stringify(shards.slice(1).map((_, i) => `/${shardDir(i + 1)}/`)));
  return { shards: shards.length, records: records.length };
}
