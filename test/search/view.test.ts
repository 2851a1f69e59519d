import { describe, expect, it } from 'vitest';
import { kindOf, resultDetail, statusText } from '../../src/lib/search/view.ts';

describe('kindOf', () => {
  it('tells a department, a budget and a project apart by address', () => {
    expect(kindOf('/departments/citizen-hotline-center/')).toBe('部门');
    expect(kindOf('/departments/citizen-hotline-center/2026/')).toBe('预算');
    expect(kindOf('/projects/11000022T000000438794/')).toBe('项目');
  });
});

describe('resultDetail', () => {
  it('says where a project belongs and its money; a budget its total; a department its years', () => {
    expect(resultDetail('项目', { 部门: ['北京市市民热线服务中心'], 年度: ['2023', '2026'] }, '2026年 12 万元')).toBe('北京市市民热线服务中心 · 2026年 12 万元');
    expect(resultDetail('项目', { 部门: ['北京市市民热线服务中心'], 年度: ['2023', '2026'] }, '')).toBe('北京市市民热线服务中心 · 2026、2023年');
    expect(resultDetail('预算', { 部门: ['x'] }, '支出合计 5 万元')).toBe('支出合计 5 万元');
    expect(resultDetail('部门', { 区域: ['东城区'], 年度: ['2024'] }, '')).toBe('东城区 · 2024年预算');
  });
});

describe('statusText', () => {
  it('says “找到” only once every shard has answered', () => {
    expect(statusText('热线', { found: 12, shown: 12, pendingShards: 2 })).toBe('先列出 12 个结果，正在搜索其余 2 组索引…');
    expect(statusText('热线', { found: 12, shown: 12, pendingShards: 2 })).not.toContain('找到');
    expect(statusText('热线', { found: 41, shown: 20, pendingShards: 0 })).toBe('找到 41 个结果，显示前 20 个。');
    expect(statusText('热线', { found: 4, shown: 4, pendingShards: 0 })).toBe('找到 4 个结果。');
    expect(statusText('齉龘', { found: 0, shown: 0, pendingShards: 0 })).toContain('没有找到');
  });
});
