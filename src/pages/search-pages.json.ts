// /search-pages.json — the project pages to index and the latest year of each, so the search
// indexer can plan its shards without reading every page.
import type { APIRoute } from 'astro';
import { siteCorpus } from '../lib/site/entries.ts';
import { urls } from '../lib/site/urls.ts';

export const GET: APIRoute = () => {
  // Occurrences are sorted newest first (src/lib/corpus/corpus.ts).
  const pages = siteCorpus().projects.map((p) => ({ path: `${urls.project(p.code).slice(1)}index.html`, year: p.occurrences[0]!.year }));
  return new Response(JSON.stringify(pages), { headers: { 'Content-Type': 'application/json' } });
};
