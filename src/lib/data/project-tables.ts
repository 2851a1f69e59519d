import type { ProjectJson } from '../model/schema.ts';
import { amount, codeName, line, text, type Column } from './columns.ts';
import type { BudgetDocumentData } from './entry.ts';
import { defineTable } from './table.ts';

/** Projects come from the 绩效目标表; a document without one has no projects file. */
const hasPerformance = (d: BudgetDocumentData) => d.performance !== null || d.projects.length > 0;

type Indicator = ProjectJson['indicators'][number];
type IndicatorRow = Indicator & { project: ProjectJson };

export const projectsTable = defineTable<BudgetDocumentData, ProjectJson>({
  name: 'projects',
  title: '项目支出绩效目标表：项目',
  description: '绩效目标表中的每个项目一行：编码、名称、单位、类别、资金与年度绩效目标。',
  rows: (d) => (hasPerformance(d) ? d.projects : null),
  columns: [
    text('code', '项目编码', (p) => p.code, '项目编码（已去除原文中的空格与换行，跨年、跨文件一致）'),
    text('printed_code', '原文印刷编码', (p) => p.printedCode, '原文所印编码（去除空白）'),
    text('name', '项目名称', (p) => p.name),
    ...codeName<ProjectJson>('unit', '单位', (p) => p.unit, 'entity'),
    text('category', '项目类别', (p) => p.category),
    amount('total', '项目总额', (p) => p.total, 'expenditure'),
    amount('fiscal', '财政拨款', (p) => p.fiscal, 'expenditure'),
    amount('other', '其他资金', (p) => p.other, 'expenditure'),
    text('goal', '年度绩效目标', (p) => p.goal),
    text('header_lines', '表头所在行', (p) => p.headerLines.join(' '), '项目表头印刷所在的所有行号（跨页重复时有多个，以空格分隔）'),
    line(),
  ],
});

/**
 * What the document prints of one indicator, as columns: the indicators CSV and the project
 * page's indicator table both use them (the page joins 指标性质, 指标值 and 度量单位 into one
 * 目标值 cell, see `indicatorTarget`).
 */
export const indicatorColumns: Column<Indicator>[] = [
  text('level1', '一级指标', (r) => r.level1),
  text('level2', '二级指标', (r) => r.level2),
  text('level3', '三级指标', (r) => r.level3),
  text('operator', '指标性质', (r) => r.operator, '指标值的比较关系，如 =、≥、≤、定性'),
  text('value', '指标值', (r) => r.value, '原文所印指标值（文本，可能为“优”等定性值）'),
  text('unit', '度量单位', (r) => r.unit),
  text('direction', '指标方向', (r) => r.direction, '正向指标或反向指标；原文未印时为空'),
];

export const indicatorsTable = defineTable<BudgetDocumentData, IndicatorRow>({
  name: 'indicators',
  title: '项目绩效指标',
  description: '每个项目的绩效指标一行：一级、二级、三级指标，指标性质（比较关系）、指标值、度量单位与指标方向。',
  rows: (d) => (hasPerformance(d) ? d.projects.flatMap((project) => project.indicators.map((i) => ({ ...i, project }))) : null),
  // Counted for every document when it is parsed: without building a row per indicator.
  count: (d) => (hasPerformance(d) ? d.projects.reduce((n, p) => n + p.indicators.length, 0) : null),
  columns: [
    text('project_code', '项目编码', (r) => r.project.code),
    text('project_name', '项目名称', (r) => r.project.name),
    ...indicatorColumns,
    line(),
  ],
});

/** 指标性质, 指标值 and 度量单位 read as one target: "≥ 95 %", "定性：优". */
export function indicatorTarget(i: Pick<Indicator, 'operator' | 'value' | 'unit'>): string {
  return i.operator === '定性' ? `定性：${i.value}` : `${i.operator} ${i.value}${i.unit ? ` ${i.unit}` : ''}`;
}
