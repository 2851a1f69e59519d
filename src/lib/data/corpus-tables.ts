import type { ProjectJson } from '../model/schema.ts';
import { expenditureColumns } from './budget-tables.ts';
import { amount, integer, line, text, yesNo, type Column } from './columns.ts';
import type { BudgetDocumentData, ExpenditureRow } from './entry.ts';
import { defineTable, type Table } from './table.ts';

/** The whole corpus: every document, and department names by slug. */
export interface CorpusData {
  entries: readonly BudgetDocumentData[];
  departmentName: (slug: string) => string;
}

interface Located {
  entry: BudgetDocumentData;
  department: string;
}

/** Corpus-wide files list documents by department slug, then year. */
export const corpusOrder = (a: { department: string | null; year: number | null }, b: { department: string | null; year: number | null }) =>
  (a.department ?? '').localeCompare(b.department ?? '') || (a.year ?? 0) - (b.year ?? 0);

const sorted = (c: CorpusData): Located[] =>
  [...c.entries]
    .sort(corpusOrder)
    .map((entry) => ({ entry, department: entry.department ? c.departmentName(entry.department) : (entry.name ?? '') }));

function located<R>(): Column<Located & R>[] {
  return [
    text('department', '部门', (r) => r.department, '部门名称'),
    text('department_slug', '部门标识', (r) => r.entry.department, '部门在本站网址中的标识'),
    integer('year', '年度', (r) => r.entry.year, '预算年度'),
  ];
}

export const allProjectsTable = defineTable<CorpusData, Located & ProjectJson>({
  name: 'all-projects',
  title: '全部项目',
  description: '所有部门、所有年度文档中的每个项目一行。已汇总于上级部门的单位，其项目在本单位和上级部门中各出现一次，合计时只能计一次。',
  rows: (c) => sorted(c).flatMap((l) => l.entry.projects.map((p) => ({ ...l, ...p }))),
  columns: [
    ...located<ProjectJson>(),
    text('code', '项目编码', (r) => r.code),
    text('name', '项目名称', (r) => r.name),
    amount('total', '项目总额', (r) => r.total, 'expenditure'),
    yesNo('consolidated', '是否已汇总于上级部门', (r) => r.entry.consolidatedInto !== null, '“是”表示该单位预算已包含在上级部门的部门预算中，其项目在上级部门的行中再次出现'),
    text('consolidated_into', '汇总于部门标识', (r) => r.entry.consolidatedInto, '汇总进的上级部门标识；未汇总时为空'),
    text('file', '源文件', (r) => r.entry.file),
    line(),
  ],
});

const allExpenditureRowsTable = defineTable<CorpusData, Located & ExpenditureRow>({
  name: 'all-expenditure-rows',
  title: '全部支出总表明细行',
  description: '所有部门、所有年度支出总表的每一明细行。已汇总于上级部门的单位，其支出同时计入上级部门的行中，合计时只能计一次。',
  rows: (c) => sorted(c).flatMap((l) => (l.entry.expenditure?.rows ?? []).map((r) => ({ ...l, ...r }))),
  columns: [
    ...located<ExpenditureRow>(),
    yesNo('consolidated', '是否已汇总于上级部门', (r) => r.entry.consolidatedInto !== null),
    text('file', '源文件', (r) => r.entry.file),
    ...expenditureColumns,
  ],
});

/** The corpus-wide CSVs under /data/. */
export const CORPUS_TABLES: readonly Table<CorpusData>[] = [allProjectsTable, allExpenditureRowsTable];
