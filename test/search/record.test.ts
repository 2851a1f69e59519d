import { describe, expect, it } from 'vitest';
import { budgetRecord, departmentRecord, projectRecord, recordHtml, spacedWords, type IndexedOccurrence } from '../../src/lib/search/record.ts';

const indicator = (level3: string) => ({ level1: '产出指标', level2: '数量指标', level3, operator: '≥', value: '1', unit: '项', direction: null, line: 1 });
const occurrence = (department: string, year: number, consolidated: boolean, goal: string, indicators: string[], total: string | null = '12.53'): IndexedOccurrence => ({
  department,
  year,
  consolidated,
  project: { code: '11000021Y000000390848', printedCode: '11000021Y00000390848', name: '公务用车购置项目', total, goal, indicators: indicators.map(indicator) as IndexedOccurrence['project']['indicators'] },
});
const departments: Record<string, { name: string; district: string | null }> = {
  bureau: { name: '北京市政务服务和数据管理局', district: null },
  hotline: { name: '北京市市民热线服务中心', district: null },
  dongcheng: { name: '东城区城市运行管理指挥中心', district: '东城区' },
};

describe('projectRecord', () => {
  const record = projectRecord(
    '11000021Y000000390848',
    '公务用车购置项目',
    [occurrence('bureau', 2026, false, '购置一辆新能源电动车。', ['购车数量', '采购时限']), occurrence('hotline', 2026, true, '购置一辆新能源电动车。', ['购车数量', '采购时限']), occurrence('dongcheng', 2024, false, '保障用车安全。', ['车辆故障率'], '8')],
    (slug) => departments[slug],
  );

  it('keeps each field’s texts apart, each text once however many documents repeat it', () => {
    expect(record.title).toBe('公务用车购置项目');
    expect(record.codes).toEqual(['11000021Y000000390848', '11000021Y00000390848']);
    expect(record.departments).toEqual(['北京市政务服务和数据管理局', '北京市市民热线服务中心', '东城区城市运行管理指挥中心']);
    expect(record.goals).toEqual(['购置一辆新能源电动车。', '保障用车安全。']);
    expect(record.indicators).toEqual(['购车数量', '采购时限', '车辆故障率']);
    expect(record.kind).toBe('项目');
    expect(record.year).toBe(2026);
  });

  it('links to the project page and filters by year, department and district (市级 when none)', () => {
    expect(record.url).toBe('/projects/11000021Y000000390848/');
    expect(record.filters).toEqual({ 年度: ['2026', '2024'], 部门: ['北京市政务服务和数据管理局', '北京市市民热线服务中心', '东城区城市运行管理指挥中心'], 区域: ['市级', '东城区'] });
  });

  it('shows the amounts once each: a consolidated unit repeats its department’s money', () => {
    expect(record.amount).toBe('2026年 12.53 万元；2024年 8 万元');
  });

  it('keeps a project’s other names, weighted as its departments are', () => {
    const renamed = projectRecord('11000021Y000000390848', '公务用车购置项目', [occurrence('bureau', 2026, false, 'g', []), { ...occurrence('bureau', 2025, false, 'g', []), project: { ...occurrence('bureau', 2025, false, 'g', []).project, name: '公务用车购置' } }], (slug) => departments[slug]);
    expect(renamed.departments).toEqual(['公务用车购置', '北京市政务服务和数据管理局']);
  });
});

describe('departmentRecord and budgetRecord', () => {
  const dept = { slug: 'citizen-hotline-center', name: '北京市市民热线服务中心', code: '054002', district: null, level: 'municipal' as const, notes: '所属单位', years: [2023, 2026] };

  it('files a department under its years, newest first, and finds it by its code', () => {
    const r = departmentRecord(dept);
    expect(r).toMatchObject({ url: '/departments/citizen-hotline-center/', kind: '部门', year: 2026, title: '北京市市民热线服务中心', codes: ['054002'], notes: ['市级部门', '所属单位'] });
    expect(r.filters).toEqual({ 年度: ['2026', '2023'], 部门: ['北京市市民热线服务中心'], 区域: ['市级'] });
  });

  it('finds a department by the name and code of a predecessor not on file', () => {
    const bureau = { slug: 'gov-services-data-bureau', name: '北京市政务服务和数据管理局', code: null, district: null, level: 'municipal' as const, years: [2026], predecessor: { name: '北京市政务服务管理局', code: '054' } };
    expect(departmentRecord(bureau)).toMatchObject({ departments: ['北京市政务服务管理局'], codes: ['054'] });
  });

  it('names a budget by its department and year and shows its total', () => {
    const r = budgetRecord(dept, 2023, '20627.9459');
    expect(r).toMatchObject({ url: '/departments/citizen-hotline-center/2023/', kind: '预算', year: 2023, title: '北京市市民热线服务中心 2023年部门预算', amount: '支出合计 20,627.9459 万元' });
    expect(budgetRecord(dept, 2023, null).amount).toBe('');
  });
});

describe('recordHtml', () => {
  const base = projectRecord('11000024Y000002792558', '云服务<租赁>', [{ ...occurrence('hotline', 2023, false, '保障"平台"运行 & 安全', ['可用率']), project: { ...occurrence('hotline', 2023, false, '', []).project, code: '11000024Y000002792558', printedCode: '11000024Y000002792558', name: '云服务<租赁>', goal: '保障"平台"运行 & 安全', indicators: [indicator('可用率')] } }], (slug) => departments[slug]);
  const html = recordHtml(base, 2026);

  it('escapes the source text', () => {
    expect(html).toContain('>云服务&lt;租赁&gt;</h1>');
    expect(html).toContain('保障"平台"运行 &amp; 安全');
    expect(html).not.toContain('<租赁>');
  });

  it('weighs the name above the goal above the indicators, three years back by 1.5 points', () => {
    const weights = [...html.matchAll(/data-pagefind-weight="([\d.]+)">([^<]*)/g)].map((m) => [m[2], Number(m[1])]);
    expect(weights).toEqual([
      ['云服务&lt;租赁&gt;', 8.5],
      ['保障"平台"运行 &amp; 安全', 1],
      ['可用率', 0.2916666666666667],
      ['北京市市民热线服务中心', 2],
      ['11000024Y000002792558', 8.5],
      // The title's words as tokens (weights.ts: titleToken): 租 U+79DF = 31199 = "o2n", 赁 U+8D41 = 36161 = "rwh".
      ['x0fip x0kct0gbl x0o2n0rwh', 0.041666666666666664],
    ]);
  });

  it('gives Pagefind the title’s words spaced, for its metadata boost, and the filters and title group in attributes', () => {
    expect(html).toContain('data-pagefind-filter="组[data-v]" data-v="项目3"');
    // Three years older than the newest: the title's words boosted at name3's weight.
    expect(html).toContain('data-pagefind-meta="name3[data-v]" data-v="云 服务 租赁"');
    expect(html).toContain('data-pagefind-filter="部门[data-v]" data-v="北京市市民热线服务中心"');
    expect(html).toContain('data-pagefind-meta="amount[data-v]" data-v="2023年 12.53 万元"');
    expect(html).not.toContain('data-pagefind-meta="own');
  });
});

describe('spacedWords', () => {
  it('splits Chinese into the words a browser splits a query into', () => {
    expect(spacedWords('北京市市民热线服务中心')).toBe('北京市 市民 热线 服务 中心');
    expect(spacedWords('“京通”APP建设项目')).toBe('京 通 APP 建设 项目');
  });
});
