import { describe, expect, it } from 'vitest';
import { dataPackage } from '../../src/lib/data/datapackage.ts';
import { documentFiles, tablesOf } from '../../src/lib/data/files.ts';
import { renderTable } from '../../src/lib/data/table.ts';
import { readCsv, seedEntry } from './entries.ts';

describe('datapackage.json', () => {
  const entry = seedEntry('000');
  const pkg = dataPackage(entry, '北京市市民热线服务中心');

  it('is a fiscal data package for one fiscal year, naming its source file', () => {
    expect(pkg.profile).toBe('fiscal-data-package');
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    expect(pkg.title).toBe('北京市市民热线服务中心 2023 年部门预算');
    expect(pkg.fiscalYear).toBe(2023);
    expect(pkg.fiscalPeriod).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(pkg.granularity).toBe('aggregated');
    expect(pkg.sources).toEqual([{ title: expect.stringContaining('2023'), path: 'content/citizen-hotline-center/2023.txt' }]);
  });

  it('names the official publication first when department.json gives it', () => {
    const publication = { url: 'https://example.gov.cn/budget-2023.pdf', title: '北京市市民热线服务中心2023年部门预算', date: '2023-02-10' };
    expect(dataPackage(entry, '北京市市民热线服务中心', publication).sources).toEqual([
      { title: '北京市市民热线服务中心2023年部门预算', path: 'https://example.gov.cn/budget-2023.pdf', published: '2023-02-10' },
      { title: '北京市市民热线服务中心 2023 年部门预算（公开文本）', path: 'content/citizen-hotline-center/2023.txt' },
    ]);
  });

  it('points at exactly the CSVs the document has, by relative path', () => {
    const csvs = documentFiles(entry).map((f) => f.file).filter((f) => f.endsWith('.csv'));
    expect(pkg.resources.map((r) => r.path)).toEqual(csvs);
    for (const r of pkg.resources) expect(r.path).not.toMatch(/^\/|:/);
  });

  it('types every field, and the fields are the CSV header', () => {
    for (const [i, t] of tablesOf(entry).entries()) {
      const r = pkg.resources[i]!;
      expect(r.profile).toBe('tabular-data-resource');
      expect(r.schema.fields.map((f) => f.name)).toEqual(readCsv(renderTable(t, entry)!.slice(1))[0]);
      for (const f of r.schema.fields) {
        expect(['string', 'number', 'integer', 'boolean']).toContain(f.type);
        if (f.name.endsWith('（万元）')) expect(f).toMatchObject({ type: 'number', decimalChar: '.', groupChar: '' });
      }
    }
  });

  it('declares amounts in 万元: CNY with factor 10000', () => {
    const measures = Object.values(pkg.model.measures) as { source: string; resource: string; currency: string; factor: number }[];
    expect(measures.length).toBeGreaterThan(0);
    for (const m of measures) {
      expect(m).toMatchObject({ currency: 'CNY', factor: 10000 });
      expect(m.source).toMatch(/（万元）$/);
      expect(pkg.resources.map((r) => r.name)).toContain(m.resource);
    }
    expect(pkg.model.measures['expenditure-total']).toMatchObject({ source: '合计（万元）', resource: 'expenditure', direction: 'expenditure' });
    expect(pkg.model.amountUnit).toMatchObject({ label: '万元', currency: 'CNY', factor: 10000 });
  });

  it('declares code/name pairs as dimensions', () => {
    expect(pkg.model.dimensions['expenditure-function']).toEqual({
      attributes: { code: { source: '功能分类编码', resource: 'expenditure' }, label: { source: '功能分类名称', resource: 'expenditure', labelfor: 'code' } },
      primaryKey: ['code'],
      dimensionType: 'classification',
      classificationType: 'functional',
    });
  });

  it('says when a unit is already counted in its department', () => {
    const unit = dataPackage(seedEntry('001', 'gov-services-data-bureau'), '北京市市民热线服务中心');
    expect(unit.consolidatedInto).toBe('gov-services-data-bureau');
    expect(unit.description).toContain('不得重复相加');
    expect(pkg.consolidatedInto).toBeNull();
  });
});
