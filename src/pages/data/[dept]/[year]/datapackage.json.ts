// /data/<dept>/<year>/datapackage.json — Fiscal Data Package describing the CSVs beside it.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { dataPackage } from '../../../../lib/data/datapackage.ts';
import { budgetEntry, type BudgetIndex } from '../../../../lib/site/entries.ts';
import { jsonResponse } from '../../../../lib/data/responses.ts';

export async function getStaticPaths() {
  const [budgets, departments] = await Promise.all([getCollection('budgets'), getCollection('departments')]);
  return budgets.map(({ data }) => ({
    params: { dept: data.department, year: String(data.year) },
    props: { index: data, departmentName: departments.find((d) => d.id === data.department)?.data.name ?? data.department },
  }));
}

export const GET: APIRoute<{ index: BudgetIndex; departmentName: string }> = ({ props }) => jsonResponse(dataPackage(budgetEntry(props.index), props.departmentName));
