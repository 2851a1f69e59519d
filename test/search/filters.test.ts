import { describe, expect, it } from 'vitest';
import { filterOptions } from '../../src/lib/search/filters.ts';

describe('filterOptions', () => {
  const departments = [
    { slug: 'hotline', name: '北京市市民热线服务中心', district: null, years: [2023, 2026] },
    { slug: 'dongcheng', name: '北京市东城区城市管理指挥中心', district: '东城区', years: [2024] },
  ];
  const budgets = [
    { department: 'hotline', year: 2023 },
    { department: 'hotline', year: 2026 },
    { department: 'dongcheng', year: 2024 },
  ];
  const projects = [
    { occurrences: [{ department: 'hotline', year: 2026 }, { department: 'hotline', year: 2023 }] },
    { occurrences: [{ department: 'dongcheng', year: 2024 }] },
  ];

  it('counts the pages filed under each value: departments, budgets and projects', () => {
    const [years, depts, districts] = filterOptions(departments, budgets, projects);
    // 2026: the hotline department, its 2026 budget, the first project.
    expect(years).toEqual({ name: '年度', values: [{ value: '2026', count: 3 }, { value: '2024', count: 3 }, { value: '2023', count: 3 }] });
    expect(depts!.values).toEqual([{ value: '北京市东城区城市管理指挥中心', count: 3 }, { value: '北京市市民热线服务中心', count: 4 }]);
    expect(districts).toEqual({ name: '区域', values: [{ value: '市级', count: 4 }, { value: '东城区', count: 3 }] });
  });
});
