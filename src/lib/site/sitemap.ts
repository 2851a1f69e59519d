import { urls } from '../urls.ts';

/** Every page a search engine should know, from the same URL builders the links use. */
export function sitemapPaths(departments: { slug: string }[], budgets: { department: string | null; year: number | null }[], projects: { code: string }[]): string[] {
  const years = [...new Set(budgets.map((b) => b.year!))];
  return [
    urls.home(),
    urls.search(),
    urls.data(),
    urls.about(),
    urls.glossary(),
    ...departments.map((d) => urls.department(d.slug)),
    ...budgets.flatMap((b) => [urls.budget(b.department!, b.year!), urls.source(b.department!, b.year!)]),
    ...years.map(urls.year),
    ...projects.map((p) => urls.project(p.code)),
  ];
}

export function sitemapXml(paths: string[], base: URL): string {
  const body = paths.map((p) => `  <url><loc>${new URL(p, base).href}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}
