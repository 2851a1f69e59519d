import type { APIRoute } from 'astro';
import { siteData } from '../lib/corpus/site-data.ts';
import { sitemapXml, sitemapPaths } from '../lib/site/sitemap.ts';

export const GET: APIRoute = async ({ site: base }) => {
  const s = siteData();
  return new Response(sitemapXml(sitemapPaths(s.departments, s.budgets, s.projects), base!), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
