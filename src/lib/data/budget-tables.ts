import { amount, classNames, codeName, integer, line, text, type Column } from './columns.ts';
import type { BasicRow, BudgetDocumentData, ExpenditureRow, GeneralRow, ProcurementRow, ProjectLine, PurchaseRow, SangongYear } from './entry.ts';
import { defineTable } from './table.ts';
import { SUMMARY_TOTALS } from '../model/summary-totals.ts';

/** 收支总表: items of both sides, then the printed totals, each with its line. */
interface SummaryRow {
  side: '收入' | '支出';
  kind: '明细' | '合计';
  label: string;
  amount: string | null;
  line: number | null;
}

function summaryRows(s: NonNullable<BudgetDocumentData['summary']>): SummaryRow[] {
  const items = (side: SummaryRow['side'], list: typeof s.income): SummaryRow[] => list.map((i) => ({ side, kind: '明细', label: i.label, amount: i.amount, line: i.line }));
  const totals = SUMMARY_TOTALS.map(({ side, key, label }): SummaryRow => ({ side, kind: '合计', label, amount: s[key], line: s.lines[key] ?? null }));
  return [...items('收入', s.income), ...items('支出', s.expenditure), ...totals];
}

export const summaryTable = defineTable<BudgetDocumentData, SummaryRow>({
  name: 'summary',
  title: '收支总表',
  description: '预算01表收支总表：收入、支出两栏的各项及合计、结转、总计。',
  rows: (d) => d.summary && summaryRows(d.summary),
  columns: [
    text('side', '收支', (r) => r.side, '收入或支出一栏'),
    text('kind', '行类型', (r) => r.kind, '明细为各收支项目；合计为本年合计、结转结余与总计（不要与明细相加）'),
    text('label', '项目', (r) => r.label, '原文所印项目名称'),
    amount('amount', '金额', (r) => r.amount),
    line(),
  ],
});

/** The columns of a 支出总表 row, shared with the corpus-wide file. */
export const expenditureColumns: Column<ExpenditureRow>[] = [
  ...codeName<ExpenditureRow>('function', '功能分类', (r) => r.function, 'classification', 'functional'),
  ...classNames<ExpenditureRow>('function', '功能分类', (r) => r.function, ['类', '款']),
  ...codeName<ExpenditureRow>('gov_economic', '政府经济分类', (r) => r.govEconomic, 'classification', 'economic'),
  ...classNames<ExpenditureRow>('gov_economic', '政府经济分类', (r) => r.govEconomic, ['类']),
  ...codeName<ExpenditureRow>('dept_economic', '部门经济分类', (r) => r.deptEconomic, 'classification', 'economic'),
  ...classNames<ExpenditureRow>('dept_economic', '部门经济分类', (r) => r.deptEconomic, ['类']),
  amount('total', '合计', (r) => r.total, 'expenditure'),
  amount('basic', '基本支出', (r) => r.basic, 'expenditure'),
  amount('project', '项目支出', (r) => r.project, 'expenditure'),
  line(),
];

export const expenditureTable = defineTable<BudgetDocumentData, ExpenditureRow>({
  name: 'expenditure',
  title: '支出总表',
  description: '预算03表支出（预算）总表的明细行：功能分类 × 政府经济分类 × 部门经济分类。不含合计行。',
  rows: (d) => d.expenditure?.rows,
  columns: expenditureColumns,
});

export const generalExpenditureTable = defineTable<BudgetDocumentData, GeneralRow>({
  name: 'general-expenditure',
  title: '一般公共预算财政拨款支出表',
  description: '一般公共预算财政拨款支出表的明细行。表按单位分块印刷时，“块号”标明所在块（从 1 起）。',
  rows: (d) => d.generalExpenditure?.rows,
  columns: [
    integer('block', '块号', (r) => r.block + 1, '原表中的分块序号，从 1 起（model.json 中的 block 从 0 起，此处为 block + 1）；每块通常对应一个单位'),
    ...codeName<GeneralRow>('unit', '单位', (r) => r.unit, 'entity'),
    ...codeName<GeneralRow>('function', '功能分类', (r) => r.function, 'classification', 'functional'),
  ...classNames<GeneralRow>('function', '功能分类', (r) => r.function, ['类', '款']),
    amount('total', '合计', (r) => r.total, 'expenditure'),
    amount('basic', '基本支出', (r) => r.basic, 'expenditure'),
    amount('personnel', '人员经费', (r) => r.personnel, 'expenditure'),
    amount('public', '公用经费', (r) => r.public, 'expenditure'),
    amount('project', '项目支出', (r) => r.project, 'expenditure'),
    line(),
  ],
});

export const basicExpenditureTable = defineTable<BudgetDocumentData, BasicRow>({
  name: 'basic-expenditure',
  title: '一般公共预算财政拨款基本支出表',
  description: '一般公共预算财政拨款基本支出表的明细行，按政府经济分类和部门经济分类。',
  rows: (d) => d.generalBasic?.rows,
  columns: [
    ...codeName<BasicRow>('gov_economic', '政府经济分类', (r) => r.govEconomic, 'classification', 'economic'),
  ...classNames<BasicRow>('gov_economic', '政府经济分类', (r) => r.govEconomic, ['类']),
    ...codeName<BasicRow>('dept_economic', '部门经济分类', (r) => r.deptEconomic, 'classification', 'economic'),
  ...classNames<BasicRow>('dept_economic', '部门经济分类', (r) => r.deptEconomic, ['类']),
    amount('total', '合计', (r) => r.total, 'expenditure'),
    amount('personnel', '人员经费', (r) => r.personnel, 'expenditure'),
    amount('public', '公用经费', (r) => r.public, 'expenditure'),
    line(),
  ],
});

export const projectExpenditureTable = defineTable<BudgetDocumentData, ProjectLine>({
  name: 'project-expenditure',
  title: '项目支出表',
  description: '项目支出表的逐行明细：单位、项目类型、项目名称及其功能与经济分类。同一项目可占多行。',
  rows: (d) => d.projectExpenditure?.rows,
  columns: [
    ...codeName<ProjectLine>('unit', '单位', (r) => r.unit, 'entity'),
    text('type', '项目类型', (r) => r.type),
    text('name', '项目名称', (r) => r.name),
    ...codeName<ProjectLine>('function', '功能分类', (r) => r.function, 'classification', 'functional'),
  ...classNames<ProjectLine>('function', '功能分类', (r) => r.function, ['类', '款']),
    ...codeName<ProjectLine>('gov_economic', '政府经济分类', (r) => r.govEconomic, 'classification', 'economic'),
  ...classNames<ProjectLine>('gov_economic', '政府经济分类', (r) => r.govEconomic, ['类']),
    ...codeName<ProjectLine>('dept_economic', '部门经济分类', (r) => r.deptEconomic, 'classification', 'economic'),
  ...classNames<ProjectLine>('dept_economic', '部门经济分类', (r) => r.deptEconomic, ['类']),
    amount('total', '金额', (r) => r.total, 'expenditure'),
    line(),
  ],
});

/** 政府采购预算明细表 as printed: 采购类别, 金额 (e.g. content/citizen-hotline-center/2026.txt:223). */
export const procurementColumns: Column<ProcurementRow>[] = [text('label', '采购类别', (r) => r.label), amount('amount', '金额', (r) => r.amount, 'expenditure'), line()];
export const procurementTable = defineTable<BudgetDocumentData, ProcurementRow>({
  name: 'procurement',
  title: '政府采购预算明细表',
  description: '政府采购预算明细表：按采购类别（货物、工程、服务）列示的金额。',
  rows: (d) => d.procurement?.rows,
  columns: procurementColumns,
});

type SangongRow = SangongYear & { printedIn: string };
/**
 * The “三公” table's columns with the headers the documents print (content/citizen-hotline-center/2026.txt:215–216:
 * 因公出国（境）费用, 公务接待费, 公务用车购置及运行维护费 with 公务用车购置费 and 公务用车运行维护费 under it).
 */
export const sangongColumns: Column<SangongRow>[] = [
  integer('year', '年度', (r) => r.year, '该行所属年度；原文未印年度时为空'),
  amount('total', '合计', (r) => r.total, 'expenditure'),
  amount('abroad', '因公出国（境）费用', (r) => r.abroad, 'expenditure'),
  amount('reception', '公务接待费', (r) => r.reception, 'expenditure'),
  amount('vehicle', '公务用车购置及运行维护费', (r) => r.vehicle, 'expenditure'),
  amount('vehicle_purchase', '其中：公务用车购置费', (r) => r.vehiclePurchase, 'expenditure'),
  amount('vehicle_operation', '其中：公务用车运行维护费', (r) => r.vehicleOperation, 'expenditure'),
  text('printed_in', '原表金额单位', (r) => r.printedIn, '原表印刷所用单位（万元或元）；本文件一律为万元'),
  line(),
];
export const sangongTable = defineTable<BudgetDocumentData, SangongRow>({
  name: 'sangong',
  title: '“三公”经费支出表',
  description: '财政拨款“三公”经费支出表，每个印出的年度一行。原表以元印刷时已换算为万元，金额不四舍五入。',
  rows: ({ sangong: s }) => s?.years.map((y) => ({ ...y, printedIn: s.printedIn })),
  columns: sangongColumns,
});

/** 政府购买服务: up to three printed catalogue levels; further levels, if any, are joined with "／". */
const level = (labels: string[], i: number) => (i < 2 ? (labels[i] ?? null) : labels.slice(2).join('／') || null);

export const purchaseServicesTable = defineTable<BudgetDocumentData, PurchaseRow>({
  name: 'purchase-services',
  title: '政府购买服务预算财政拨款明细表',
  description: '政府购买服务预算财政拨款明细表：按指导性目录一、二、三级列示。',
  rows: (d) => d.purchaseServices?.rows,
  columns: [
    text('level1', '一级目录', (r) => level(r.labels, 0)),
    text('level2', '二级目录', (r) => level(r.labels, 1)),
    text('level3', '三级目录', (r) => level(r.labels, 2)),
    amount('amount', '金额', (r) => r.amount, 'expenditure'),
    line(),
  ],
});
