import { describe, expect, it } from 'vitest';
import { projectRecord, type IndexedOccurrence } from '../../src/lib/search/record.ts';

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

  it('holds each text once however many documents repeat it', () => {
    expect(record.content.split('\n')).toEqual([
      '公务用车购置项目',
      '11000021Y000000390848',
      '11000021Y00000390848',
      '北京市政务服务和数据管理局',
      '北京市市民热线服务中心',
      '东城区城市运行管理指挥中心',
      '购置一辆新能源电动车。',
      '保障用车安全。',
      '购车数量',
      '采购时限',
      '车辆故障率',
    ]);
  });

  it('links to the project page and filters by year, department and district (市级 when none)', () => {
    expect(record.url).toBe('/projects/11000021Y000000390848/');
    expect(record.language).toBe('zh-cn');
    expect(record.filters).toEqual({ 年度: ['2026', '2024'], 部门: ['北京市政务服务和数据管理局', '北京市市民热线服务中心', '东城区城市运行管理指挥中心'], 区域: ['市级', '东城区'] });
  });

  it('shows the amounts once each: a consolidated unit repeats its department’s money', () => {
    expect(record.meta).toEqual({ title: '公务用车购置项目', department: '北京市政务服务和数据管理局、北京市市民热线服务中心、东城区城市运行管理指挥中心', years: '2026、2024', amount: '2026年 12.53 万元；2024年 8 万元' });
  });
});
