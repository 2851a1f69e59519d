import type { APIRoute } from 'astro';
import { site } from '../lib/site/collections.ts';
import { sitemapXml, sitemapPaths } from '../lib/site/sitemap.ts';

export const GET: APIRoute = async ({ site: base }) => {
  const s = await site();
  return new Response(sitemapXml(sitemapPaths(s.departments, s.budgets, s.projects), base!), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
