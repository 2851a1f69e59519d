// /data/all-expenditure-rows.csv — every 支出总表 row of every document.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { allExpenditureRowsTable } from '../../lib/data/corpus-tables.ts';
import { tableResponse } from '../../lib/data/responses.ts';
import { lazyEntry } from '../../lib/site/entries.ts';

export const GET: APIRoute = async () => {
  const [budgets, departments] = await Promise.all([getCollection('budgets'), getCollection('departments')]);
  const names = new Map(departments.map((d) => [d.id, d.data.name]));
  return tableResponse(allExpenditureRowsTable, { entries: budgets.map((b) => b.data).sort((a, b) => a.department.localeCompare(b.department) || a.year - b.year).map(lazyEntry), departmentName: (slug) => names.get(slug) ?? slug });
};
