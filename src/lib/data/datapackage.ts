import type { Publication } from '../model/department.ts';
import type { BudgetDocumentData } from './entry.ts';
import { tablesOf } from './files.ts';
import type { Field, Table } from './table.ts';

/** 1 unit in every amount column = 1 万元 = 10,000 yuan. */
const AMOUNT_FACTOR = 10000;
const CURRENCY = 'CNY';
const UNIT_NOTE = '所有金额单位为万元：数值 1 表示 1 万元，即 10,000 元人民币（factor 10000：乘以 10000 得到元）。金额按原文印刷位数照录，未经四舍五入。';

function schemaField(f: Field) {
  const base = { name: f.name, type: f.type, description: f.description };
  if (f.type === 'number') return { ...base, decimalChar: '.', groupChar: '', bareNumber: true };
  if (f.type === 'boolean') return { ...base, trueValues: ['是'], falseValues: ['否'] };
  return base;
}

function resource(t: Table<BudgetDocumentData>) {
  return {
    name: t.name,
    path: t.file,
    title: t.title,
    description: t.description,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: { fields: t.fields.map(schemaField), missingValues: [''] },
  };
}

/** Fiscal Data Package logical model: amount columns are measures, code/name pairs dimensions. */
function fiscalModel(tables: Table<BudgetDocumentData>[]) {
  const measures: Record<string, object> = {};
  const dimensions: Record<string, { attributes: Record<string, object>; primaryKey: string[]; dimensionType: string; classificationType?: string }> = {};
  for (const t of tables) {
    for (const f of t.fields) {
      const role = f.role;
      if (role?.kind === 'measure') {
        measures[`${t.name}-${f.key}`] = { source: f.name, resource: t.name, title: f.name, currency: CURRENCY, factor: AMOUNT_FACTOR, phase: 'proposed', ...(role.direction ? { direction: role.direction } : {}) };
      } else if (role?.kind === 'dimension') {
        const key = `${t.name}-${role.dimension}`;
        const dim = (dimensions[key] ??= { attributes: {}, primaryKey: ['code'], dimensionType: role.dimensionType, ...(role.classificationType ? { classificationType: role.classificationType } : {}) });
        dim.attributes[role.attribute] = { source: f.name, resource: t.name, ...(role.attribute === 'label' ? { labelfor: 'code' } : {}) };
      }
    }
  }
  return { amountUnit: { label: '万元', currency: CURRENCY, factor: AMOUNT_FACTOR, note: UNIT_NOTE }, measures, dimensions };
}

/** datapackage.json for one department-year: resources are the CSVs beside it, by relative path. */
export function dataPackage(entry: BudgetDocumentData, departmentName: string, publication?: Publication) {
  const year = entry.year;
  const tables = tablesOf(entry);
  const title = `${entry.name ?? departmentName} ${year} 年部门预算`;
  return {
    profile: 'fiscal-data-package',
    name: `beijing-budget-${entry.department}-${year}`,
    title,
    description: `${title}公开文本逐表解析所得的数据。${UNIT_NOTE}${entry.consolidatedInto ? `本单位预算已汇总在上级部门（${entry.consolidatedInto}）同年度的部门预算中，与之合计时不得重复相加。` : ''}`,
    language: 'zh-CN',
    countryCode: 'CN',
    fiscalYear: year,
    fiscalPeriod: { start: `${year}-01-01`, end: `${year}-12-31` },
    granularity: 'aggregated',
    currency: CURRENCY,
    sources: [
      ...(publication ? [{ title: publication.title, path: publication.url, ...(publication.date ? { published: publication.date } : {}) }] : []),
      { title: `${title}（公开文本）`, path: entry.file },
    ],
    consolidatedInto: entry.consolidatedInto,
    resources: tables.map(resource),
    model: fiscalModel(tables),
  };
}
