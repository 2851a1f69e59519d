// /data/<dept>/<year>/model.json — the document model as `npm run parse` prints it.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { modelJson } from '../../../../lib/data/entry.ts';
import { budgetEntry, type BudgetIndex } from '../../../../lib/site/entries.ts';
import { jsonResponse } from '../../../../lib/data/responses.ts';

export async function getStaticPaths() {
  const budgets = await getCollection('budgets');
  return budgets.map(({ data }) => ({ params: { dept: data.department, year: String(data.year) }, props: { index: data } }));
}

export const GET: APIRoute<{ index: BudgetIndex }> = ({ props }) => jsonResponse(modelJson(budgetEntry(props.index)));
