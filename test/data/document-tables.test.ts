import { describe, expect, it } from 'vitest';
import { expenditureTable, generalExpenditureTable, sangongTable } from '../../src/lib/data/budget-tables.ts';
import { allProjectsTable } from '../../src/lib/data/corpus-tables.ts';
import { modelJson } from '../../src/lib/data/entry.ts';
import { documentFiles, DOCUMENT_TABLES, fileCounts, filesFromCounts, tablesOf } from '../../src/lib/data/files.ts';
import { findingsTable } from '../../src/lib/data/findings-table.ts';
import { projectsTable } from '../../src/lib/data/project-tables.ts';
import { renderTable } from '../../src/lib/data/table.ts';
import { toJson } from '../../src/lib/model/serialize.ts';
import { parseSeedText, seedText } from '../helpers.ts';
import { readCsv, seedEntry } from './entries.ts';

const hotline = seedEntry('000');
const csv = (t: (typeof DOCUMENT_TABLES)[number], e = hotline) => readCsv(renderTable(t, e)!.slice(1));

describe('expenditure.csv of citizen-hotline-center/2023', () => {
  const [header, ...rows] = csv(expenditureTable);

  it('has the Chinese header with units and a source line column', () => {
    expect(header).toEqual([
      ...['功能分类编码', '功能分类名称', '功能分类类名称', '功能分类款名称'],
      ...['政府经济分类编码', '政府经济分类名称', '政府经济分类类名称'],
      ...['部门经济分类编码', '部门经济分类名称', '部门经济分类类名称'],
      ...['合计（万元）', '基本支出（万元）', '项目支出（万元）', '源文件行号'],
    ]);
  });

  it('has one row per printed detail row of 预算03表 (39), and no total row', () => {
    // Counted in the seed: lines 50–99, rows starting with a 7-digit function code.
    const printed = seedText('000').split('\n').slice(49, 99).filter((l) => /^\d{7}-/.test(l));
    expect(printed).toHaveLength(39);
    expect(rows).toHaveLength(39);
    expect(rows.some((r) => r.join('').includes('合'))).toBe(false);
  });

  it('copies the figure of line 57 to the last printed digit', () => {
    // Seed line 57: "2010301-行政运行	50101-工资奖金津补贴	30102-津贴补贴	1,127.528152	1,127.528152"
    expect(seedText('000').split('\n')[56]).toContain('30102-津贴补贴\t1,127.528152\t1,127.528152');
    // The 类 and 款 names are not printed: they are the national 政府收支分类科目's (201, 20103, 501, 301).
    expect(rows[1]).toEqual(['2010301', '行政运行', '一般公共服务支出', '政府办公厅（室）及相关机构事务', '50101', '工资奖金津补贴', '机关工资福利支出', '30102', '津贴补贴', '工资福利支出', '1127.528152', '1127.528152', '', '57']);
  });

  it('leaves a 类 name empty where the national table does not hold it (政府预算 503)', () => {
    const at = header!.indexOf('政府经济分类类名称');
    const capital = rows.filter((r) => r[header!.indexOf('政府经济分类编码')]!.startsWith('503'));
    expect(capital.length).toBeGreaterThan(0);
    for (const r of capital) expect(r[at]).toBe('');
  });

  it('gives every row of every table a source line', () => {
    for (const t of tablesOf(hotline)) {
      const [h, ...body] = csv(t);
      const at = h!.indexOf('源文件行号');
      expect(at, t.file).toBeGreaterThanOrEqual(0);
      for (const r of body) expect(r[at], `${t.file}: ${r.join(',')}`).toMatch(/^\d+$/);
    }
  });
});

describe('the other CSVs', () => {
  it('keep a project goal whole, commas and all', () => {
    const [header, ...rows] = csv(projectsTable);
    // 22 projects in the 绩效目标表 of content/citizen-hotline-center/2023.txt (test/golden/expected/000.json).
    expect(rows).toHaveLength(22);
    // Line 274, the 年度绩效目标 cell of 11000021Y00000390849-办公设备购置类项目.
    const row = rows.find((r) => r[header!.indexOf('原文印刷编码')] === '11000021Y00000390849')!;
    expect(row[header!.indexOf('年度绩效目标')]).toBe('根据固定资产报废实际情况及中心增加人员编制情况，购置办公家具、办公设备，满足办公需求。');
  });

  it('number the blocks of 一般公共预算支出表 from 1', () => {
    const bureau = seedEntry('003');
    const [header, ...rows] = csv(generalExpenditureTable, bureau);
    expect([...new Set(rows.map((r) => r[header!.indexOf('块号')]))]).toEqual(['1', '2', '3', '4', '5']);
  });

  it('give 三公 printed in 元 in 万元 and say so', () => {
    const [header, ...rows] = csv(sangongTable, seedEntry('002'));
    expect(rows[0]![header!.indexOf('合计（万元）')]).toBe('1.3');
    expect(rows[0]![header!.indexOf('原表金额单位')]).toBe('元');
  });

  it('list findings with stated, computed and difference', () => {
    const [header, ...rows] = csv(findingsTable);
    expect(rows).toHaveLength(3);
    expect(header!.slice(5, 7)).toEqual(['原文所列数（万元）', '原文所列数行号']);
    expect(rows[0]!.slice(5, 11)).toEqual(['6725.006972', '128', '22 行加总', '3154.578676', '', '3570.428296']);
  });

  it('skip tables the document does not print, and list only the files that exist', () => {
    const chaoyang = seedEntry('004');
    expect(chaoyang.projectExpenditure).toBeNull();
    expect(renderTable(DOCUMENT_TABLES.find((t) => t.name === 'project-expenditure')!, chaoyang)).toBeNull();
    expect(documentFiles(chaoyang).map((f) => f.file)).not.toContain('project-expenditure.csv');
    expect(documentFiles(hotline).map((f) => f.file)).toContain('project-expenditure.csv');
  });
});

describe('model.json', () => {
  it('is the parsed document, with none of the collection keys', () => {
    const model = modelJson(hotline);
    expect(model).toEqual(toJson(parseSeedText('000')));
    expect(Object.keys(model)).not.toContain('consolidatedInto');
    expect(Object.keys(model)).not.toContain('id');
  });
});

describe('all-projects.csv', () => {
  it('marks projects of consolidated units', () => {
    const entries = [seedEntry('000'), seedEntry('001', 'gov-services-data-bureau'), seedEntry('003')];
    const [header, ...rows] = readCsv(renderTable(allProjectsTable, { entries, departmentName: (s) => `名称:${s}` })!.slice(1));
    expect(header).toEqual(['部门', '部门标识', '年度', '项目编码', '项目名称', '项目总额（万元）', '是否已汇总于上级部门', '汇总于部门标识', '源文件', '源文件行号']);
    // 22 + 12 + 82 projects, counted by hand in the three seeds (test/golden/expected/000, 001, 003.json).
    expect(rows).toHaveLength(22 + 12 + 82);
    const hotline2026 = rows.filter((r) => r[1] === 'citizen-hotline-center' && r[2] === '2026');
    expect(hotline2026.length).toBeGreaterThan(0);
    expect(hotline2026.every((r) => r[6] === '是' && r[7] === 'gov-services-data-bureau')).toBe(true);
    expect(rows.filter((r) => r[1] !== 'citizen-hotline-center' || r[2] !== '2026').every((r) => r[6] === '否')).toBe(true);
  });
});

describe('the data index from summaries', () => {
  it('lists the same files and rows as the model, once the corpus adds its cross findings', () => {
    const finding = hotline.findings[0]!;
    const counted = fileCounts(hotline);
    expect(filesFromCounts(counted, 2)).toEqual(documentFiles({ ...hotline, crossFindings: [finding, finding] }));
    const findings = filesFromCounts(counted, 2).find((f) => f.file === 'findings.csv')!;
    expect(findings.rows).toBe(hotline.findings.length + 2);
  });
});

describe('Table.count', () => {
  it('is the number of records, or null for an absent table, for every table of every seed', () => {
    for (const id of ['000', '001', '002', '003', '004'] as const) {
      const entry = seedEntry(id);
      for (const t of DOCUMENT_TABLES) expect(t.count(entry), `${id} ${t.file}`).toBe(t.records(entry)?.length ?? null);
    }
  });
});
