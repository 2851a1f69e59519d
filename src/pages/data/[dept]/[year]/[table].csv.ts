// /data/<dept>/<year>/<table>.csv — one route per table the document prints.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { BudgetEntry } from '../../../../lib/data/entry.ts';
import { tableNamed, tablesOf } from '../../../../lib/data/files.ts';
import { tableResponse } from '../../../../lib/data/responses.ts';

export async function getStaticPaths() {
  const budgets = await getCollection('budgets');
  return budgets.flatMap(({ data }) =>
    tablesOf(data).map((t) => ({ params: { dept: data.department!, year: String(data.year), table: t.name }, props: { entry: data } })),
  );
}

export const GET: APIRoute<{ entry: BudgetEntry }> = ({ params, props }) => tableResponse(tableNamed(params.table!)!, props.entry);
