// A crawler over the built site on disk: every HTML file's internal href/src must resolve to a
// file in the site, and a #fragment must name an id on the target page.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BrokenLink {
  page: string;
  link: string;
  reason: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

const decode = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]!);

/** The URL path a file is served at: dist/a/index.html → /a/. */
export function pathOf(root: string, file: string): string {
  const rel = '/' + relative(root, file).split(sep).join('/');
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

/** The file a URL path is served from, or null. */
export function fileOf(root: string, path: string): string | null {
  const file = join(root, decodeURIComponent(path));
  if (path.endsWith('/')) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

export function idsIn(html: string): string[] {
  return [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!));
}

export interface CrawlResult {
  pages: number;
  links: number;
  broken: BrokenLink[];
  duplicateIds: { page: string; id: string }[];
}

export function crawl(root: string): CrawlResult {
  const files = walk(root);
  const htmlFiles = files.filter((f) => f.endsWith('.html'));
  const idCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, new Set(idsIn(readFileSync(file, 'utf8'))));
    return idCache.get(file)!;
  };
  const broken: BrokenLink[] = [];
  const duplicateIds: { page: string; id: string }[] = [];
  let links = 0;
  for (const file of htmlFiles) {
    const page = pathOf(root, file);
    const html = readFileSync(file, 'utf8');
    const seen = new Set<string>();
    for (const id of idsIn(html)) {
      if (seen.has(id)) duplicateIds.push({ page, id });
      seen.add(id);
    }
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = decode(m[1]!);
      if (/^(mailto|tel|data|javascript):/i.test(raw)) continue;
      const base = `http://site.invalid${page}`;
      let u: URL;
      try {
        u = new URL(raw, base);
      } catch {
        broken.push({ page, link: raw, reason: 'not a URL' });
        continue;
      }
      if (u.origin !== 'http://site.invalid') continue; // external (canonical, og:url)
      links++;
      if (raw === '' || raw === '#') {
        broken.push({ page, link: raw, reason: 'empty link' });
        continue;
      }
      const target = fileOf(root, u.pathname);
      if (!target) {
        const isDir = existsSync(join(root, decodeURIComponent(u.pathname))) && !u.pathname.endsWith('/');
        broken.push({ page, link: raw, reason: isDir ? 'directory without trailing slash' : 'no such file' });
        continue;
      }
      if (u.hash) {
        const id = decodeURIComponent(u.hash.slice(1));
        if (!target.endsWith('.html')) broken.push({ page, link: raw, reason: 'fragment on a non-HTML file' });
        else if (!ids(target).has(id)) broken.push({ page, link: raw, reason: `no id="${id}" on ${pathOf(root, target)}` });
      }
    }
  }
  return { pages: htmlFiles.length, links, broken, duplicateIds };
}
