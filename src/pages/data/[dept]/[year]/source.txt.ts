// /data/<dept>/<year>/source.txt — the source document byte for byte, as committed.
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';

export async function getStaticPaths() {
  const budgets = await getCollection('budgets');
  return budgets.map(({ data }) => ({ params: { dept: data.department, year: String(data.year) }, props: { file: data.file } }));
}

export const GET: APIRoute<{ file: string }> = ({ props }) => new Response(readFileSync(props.file), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
