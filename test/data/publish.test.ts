import { describe, expect, it } from 'vitest';
import { CORPUS_TABLES } from '../../src/lib/data/corpus-tables.ts';
import { corpusCsvHead, corpusCsvRows, documentDataFiles, jsonText } from '../../src/lib/data/publish.ts';
import { renderTable } from '../../src/lib/data/table.ts';
import { seedText } from '../helpers.ts';
import { readCsv, seedEntry } from './entries.ts';

const hotline = seedEntry('000');
const source = new TextEncoder().encode(seedText('000'));
const files = documentDataFiles(hotline, { department: 'citizen-hotline-center', year: 2023, departmentName: '北京市市民热线服务中心' }, source);

describe('documentDataFiles', () => {
  it('puts every file under /data/<dept>/<year>/: the CSVs of the printed tables, then the model, data package and source', () => {
    // 000 prints 预算01, 03, 07, 08, 04, 05, 11, 12 and the 绩效目标表 (content/citizen-hotline-center/2023.txt).
    expect(files.map((f) => f.path)).toEqual(
      ['summary.csv', 'expenditure.csv', 'general-expenditure.csv', 'basic-expenditure.csv', 'project-expenditure.csv', 'procurement.csv', 'sangong.csv', 'purchase-services.csv', 'projects.csv', 'indicators.csv', 'findings.csv', 'model.json', 'datapackage.json', 'source.txt'].map((f) => `/data/citizen-hotline-center/2023/${f}`),
    );
  });

  it('publishes the source byte for byte, and JSON as `npm run parse` prints it', () => {
    expect(files.at(-1)!.body).toBe(source);
    const model = files.find((f) => f.path.endsWith('model.json'))!.body as string;
    expect(model.endsWith('}\n')).toBe(true);
    expect(model.split('\n')[1]).toMatch(/^ {2}"/);
    // 收入总计 20,627.945900 on line 38, trailing zeros dropped.
    expect(JSON.parse(model).summary.incomeTotal).toBe('20627.9459');
  });
});

describe('corpus-wide CSVs written one document at a time', () => {
  const bureau = seedEntry('003');
  const unit = seedEntry('001', 'gov-services-data-bureau');
  const names = (slug: string) => ({ 'citizen-hotline-center': '北京市市民热线服务中心', 'gov-services-data-bureau': '北京市政务服务和数据管理局' })[slug] ?? slug;
  // Corpus order: department slug, then year.
  const ordered = [hotline, unit, bureau];

  for (const table of CORPUS_TABLES) {
    it(`${table.file}: head and per-document pieces join to the whole table`, () => {
      const pieces = corpusCsvHead(table) + ordered.map((e) => corpusCsvRows(table, e, names)).join('');
      expect(pieces).toBe(renderTable(table, { entries: [bureau, hotline, unit], departmentName: names }));
      expect(readCsv(pieces.slice(1)).length).toBeGreaterThan(100);
    });
  }
});

describe('jsonText', () => {
  it('indents by two spaces and ends with a newline', () => {
    expect(jsonText({ a: ['1.50'] })).toBe('{\n  "a": [\n    "1.50"\n  ]\n}\n');
  });
});
