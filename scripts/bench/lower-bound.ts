// The lower bound the benchmark compares the real build with: the same pages and data files,
// from the same parsed models, rendered by bare template-string functions and written to disk.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildCorpus } from '../../src/lib/corpus/corpus.ts';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { fileStore } from '../../src/lib/corpus/store.ts';
import { renderTable } from '../../src/lib/data/table.ts';
import { tablesOf } from '../../src/lib/data/files.ts';
import type { DocumentJson } from '../../src/lib/model/schema.ts';
import { escapeHtml as e, sourceListHtml } from '../../src/lib/site/source-html.ts';
import { economicTrees, functionTrees, projectTree } from '../../src/lib/site/trees.ts';
import { urls } from '../../src/lib/urls.ts';
import { wan } from '../../src/lib/viz/format.ts';
import type { MoneyNode } from '../../src/lib/viz/tree.ts';
import { layoutTreemap } from '../../src/lib/viz/treemap.ts';

const [root, storeDir, out] = process.argv.slice(2) as [string, string, string];
const loaded = loadCorpus(root, { store: fileStore(storeDir) });
const corpus = buildCorpus(loaded);
const store = loaded.store;
const name = new Map(corpus.departments.map((d) => [d.slug, d.name]));
let files = 0;
const write = (path: string, body: string) => {
  const p = join(out, path);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, body);
  files++;
};
const page = (title: string, body: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${e(title)}</title></head><body><main>${body}</main></body></html>`;
const treemap = (n: MoneyNode) => {
  const { rects, listed } = layoutTreemap(n, { narrow: 420, wide: 420 });
  const box = (b: { x: number; y: number; w: number; h: number }) => `left:${b.x}%;top:${b.y}%;width:${b.w}%;height:${b.h}%`;
  return `<figure><div>${rects
    .map((r) => `<a href="${r.href ?? ''}" style="${box(r.narrow)};${box(r.wide)}" data-n="${r.modes.n}" data-m="${r.modes.m}" data-w="${r.modes.w}"><span>${r.rank}</span><span>${e(r.label)} ${e(r.figure)}</span></a>`)
    .join('')}</div><ul>${listed.map((r) => `<li><a href="${r.href ?? ''}">${e(r.label)}</a> ${e(r.figure)}</li>`).join('')}</ul><table>${rects.map((r) => `<tr><th>${e(r.label)}</th><td>${r.value}</td></tr>`).join('')}</table></figure>`;
};

for (const s of corpus.documents) {
  const doc: DocumentJson = store.get(s.id);
  const { department: dept, year } = s;
  const trees = [...functionTrees(doc, dept, year), ...economicTrees(doc, dept, year), projectTree(doc, dept, year)].filter((t): t is MoneyNode => t !== null);
  write(
    `${urls.budget(dept, year)}index.html`,
    page(`${name.get(dept)} ${year}`, `<h1>${e(name.get(dept) ?? '')} ${year}</h1><p>${wan(s.total)}</p>${doc.findings.map((f) => `<p>${e(f.message)}</p>`).join('')}${trees.map(treemap).join('')}<ol>${doc.projects.map((p) => `<li><a href="${urls.project(p.code)}">${e(p.name)}</a> ${wan(p.total)}<p>${e(p.goal)}</p></li>`).join('')}</ol>`),
  );
  write(`${urls.source(dept, year)}index.html`, page('原文', `<ol>${sourceListHtml(readFileSync(s.file, 'utf8').split('\n'))}</ol>`));
  const entry = { ...doc, consolidatedInto: corpus.consolidated.get(s.id) ?? null, crossFindings: [] };
  for (const t of tablesOf(entry)) write(`/data/${dept}/${year}/${t.file}`, renderTable(t, entry) ?? '');
  write(`/data/${dept}/${year}/model.json`, JSON.stringify(doc));
}
for (const p of corpus.projects) {
  const body = p.occurrences
    .map((o) => {
      const proj = store.get(`${o.department}/${o.year}`).projects.find((x) => x.code === p.code)!;
      return `<h2>${o.year} ${e(name.get(o.department) ?? '')}</h2><p>${wan(o.total)}</p><p>${e(proj.goal)}</p><table>${proj.indicators.map((i) => `<tr><td>${e(i.level1)}</td><td>${e(i.level2)}</td><td>${e(i.level3)}</td><td>${e(i.operator)} ${e(i.value)} ${e(i.unit)}</td></tr>`).join('')}</table>`;
    })
    .join('');
  write(`${urls.project(p.code)}index.html`, page(p.name, `<h1>${e(p.name)}</h1>${body}`));
}
for (const d of corpus.departments) write(`${urls.department(d.slug)}index.html`, page(d.name, `<h1>${e(d.name)}</h1>${corpus.documents.filter((x) => x.department === d.slug).map((x) => `<a href="${urls.budget(d.slug, x.year)}">${x.year}</a> ${wan(x.total)}`).join('')}`));
for (const y of corpus.years) write(`${urls.year(y)}index.html`, page(`${y}`, corpus.documents.filter((x) => x.year === y).map((x) => `<a href="${urls.budget(x.department, y)}">${e(name.get(x.department) ?? '')}</a> ${wan(x.total)}`).join('')));
console.log(JSON.stringify({ files }));
