// /search-pages.json — the project pages to index and the latest year of each, so the search
// indexer can plan its shards without reading every page.
import type { APIRoute } from 'astro';
import { site } from '../lib/site/collections.ts';
import { urls } from '../lib/site/urls.ts';

export const GET: APIRoute = async () => {
  const { projects } = await site();
  const pages = projects.map((p) => ({ path: `${urls.project(p.code).slice(1)}index.html`, year: Math.max(...p.occurrences.map((o) => o.year)) }));
  return new Response(JSON.stringify(pages), { headers: { 'Content-Type': 'application/json' } });
};
