// /data/<dept>/<year>/<table>.csv — one route per table the document prints.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { budgetEntry, type BudgetIndex } from '../../../../lib/site/entries.ts';
import { tableNamed, tablesOf } from '../../../../lib/data/files.ts';
import { tableResponse } from '../../../../lib/data/responses.ts';

export async function getStaticPaths() {
  const budgets = await getCollection('budgets');
  return budgets.flatMap(({ data }) =>
    tablesOf(budgetEntry(data)).map((t) => ({ params: { dept: data.department, year: String(data.year), table: t.name }, props: { index: data } })),
  );
}

// Props carry the index only: the model is read when the file is written, one at a time.
export const GET: APIRoute<{ index: BudgetIndex }> = ({ params, props }) => tableResponse(tableNamed(params.table!)!, budgetEntry(props.index));
