// npm run weight [-- DIST_DIR]
// Prints what each page type of the built site weighs: HTML (without its inline <style> and
// <script>), CSS (inline + linked), JS (inline + linked), raw and gzip (node:zlib, level 9). One row
// per page type: the heaviest page of the type by total gzip, and the mean over all its pages.
// A script that prints, so regressions are visible in a diff of its output; not a timed test.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/index.html not found: run \`npm run build\` first`);
  process.exit(1);
}

type Kind = 'html' | 'css' | 'js';
interface Weight {
  raw: Record<Kind, number>;
  gz: Record<Kind, number>;
}

const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;
const bytes = (s: string) => Buffer.byteLength(s);

function pageType(path: string): string {
  const p = path.replace(/index\.html$/, '');
  if (p === '/') return 'home';
  if (p === '/404.html') return '404';
  if (/^\/departments\/[^/]+\/$/.test(p)) return 'department';
  if (/^\/departments\/[^/]+\/\d{4}\/$/.test(p)) return 'budget';
  if (/^\/years\/\d{4}\/$/.test(p)) return 'year';
  if (p.startsWith('/projects/')) return 'project';
  if (p.startsWith('/sources/')) return 'source';
  if (p === '/search/') return 'search';
  if (p.startsWith('/data/')) return 'data';
  if (p === '/about/') return 'about';
  return 'other';
}

const assetCache = new Map<string, string>();
function asset(url: string): string {
  if (!assetCache.has(url)) {
    const file = join(dist, decodeURIComponent(url.split(/[?#]/)[0]!));
    assetCache.set(url, existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : '');
  }
  return assetCache.get(url)!;
}

function weigh(html: string): Weight {
  let rest = html;
  const css: string[] = [];
  const js: string[] = [];
  rest = rest.replace(/<style[^>]*>([\s\S]*?)<\/style>/g, (_, body: string) => (css.push(body), ''));
  rest = rest.replace(/<script([^>]*)>([\s\S]*?)<\/script>/g, (_, attrs: string, body: string) => {
    const src = /\ssrc="([^"]+)"/.exec(attrs)?.[1];
    if (src && src.startsWith('/')) js.push(asset(src));
    if (!/type="application\/(ld\+)?json"/.test(attrs)) js.push(body);
    return '';
  });
  for (const m of rest.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)) {
    const href = /\shref="([^"]+)"/.exec(m[0])?.[1];
    if (href?.startsWith('/')) css.push(asset(href));
  }
  const c = css.join('\n');
  const j = js.filter(Boolean).join('\n');
  return {
    raw: { html: bytes(rest), css: bytes(c), js: bytes(j) },
    gz: { html: gz(rest), css: c ? gz(c) : 0, js: j ? gz(j) : 0 },
  };
}

const total = (w: Weight, k: 'raw' | 'gz') => w[k].html + w[k].css + w[k].js;
const pages = walk(dist)
  .filter((f) => f.endsWith('.html'))
  .map((f) => {
    const path = '/' + relative(dist, f).split(sep).join('/');
    return { path: path.replace(/index\.html$/, ''), type: pageType(path), w: weigh(readFileSync(f, 'utf8')) };
  });

const ORDER = ['home', 'department', 'budget', 'year', 'project', 'source', 'search', 'data', 'about', '404', 'other'];
const kb = (n: number) => (n / 1024).toFixed(1);
const header = ['page type', 'pages', 'HTML', 'HTML gz', 'CSS', 'CSS gz', 'JS', 'JS gz', 'total', 'total gz', 'heaviest page'];
const rows: string[][] = [];
for (const type of ORDER) {
  const of = pages.filter((p) => p.type === type);
  if (!of.length) continue;
  const heaviest = of.reduce((a, b) => (total(b.w, 'gz') > total(a.w, 'gz') ? b : a));
  const mean = (k: 'raw' | 'gz', kind: Kind) => of.reduce((s, p) => s + p.w[k][kind], 0) / of.length;
  const cells = (get: (k: 'raw' | 'gz', kind: Kind) => number) => [
    kb(get('raw', 'html')), kb(get('gz', 'html')), kb(get('raw', 'css')), kb(get('gz', 'css')), kb(get('raw', 'js')), kb(get('gz', 'js')),
    kb(get('raw', 'html') + get('raw', 'css') + get('raw', 'js')), kb(get('gz', 'html') + get('gz', 'css') + get('gz', 'js')),
  ];
  rows.push([`${type} (max)`, String(of.length), ...cells((k, kind) => heaviest.w[k][kind]), heaviest.path]);
  if (of.length > 1) rows.push([`${type} (mean)`, '', ...cells(mean), '']);
}

// What the search page fetches from Pagefind on its first query (beyond the index chunks).
const pf = join(dist, 'pagefind');
if (existsSync(pf)) {
  const files = readdirSync(pf).filter((f) => f === 'pagefind.js' || f.startsWith('wasm.') || f.endsWith('.pf_meta'));
  const raw = files.reduce((s, f) => s + statSync(join(pf, f)).size, 0);
  const z = files.reduce((s, f) => s + gz(readFileSync(join(pf, f))), 0);
  rows.push(['search runtime', '', '', '', '', '', kb(raw), kb(z), kb(raw), kb(z), files.join(' + ')]);
}

const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const fmt = (r: string[]) => r.map((c, i) => (i === 0 || i === r.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
console.log(`Page weight of ${dist}/ in KiB (gz = gzip -9). HTML excludes inline <style>/<script>, counted under CSS/JS.`);
console.log(fmt(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(fmt(r));
console.log(`\n${pages.length} HTML pages, ${kb(pages.reduce((s, p) => s + total(p.w, 'raw'), 0))} KiB raw in all.`);
