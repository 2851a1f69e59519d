// What the home and year pages say about what the site holds.
import { describe, expect, it } from 'vitest';
import { siteCoverage, yearCoverage } from '../../src/lib/site/coverage.ts';

const budgets = [
  { department: 'citizen-hotline-center', year: 2023 },
  { department: 'citizen-hotline-center', year: 2026 },
  { department: 'gov-services-data-bureau', year: 2026 },
];
const names: Record<string, string> = { 'citizen-hotline-center': '北京市市民热线服务中心', 'gov-services-data-bureau': '北京市政务服务和数据管理局' };

describe('coverage', () => {
  it('says how many departments and budgets the site holds, and that totals cover those only', () => {
    expect(siteCoverage(budgets)).toBe('本站目前收录 2 个部门（单位）的 3 份部门预算，年度为 2023、2026 年。这不是北京市的全部部门：本站的各项合计只包括已收录的预算。');
  });
  it('names the budgets of a year and says its total covers them only', () => {
    expect(yearCoverage(budgets, 2026, (s) => names[s]!)).toBe('2026 年本站收录 2 份部门预算：北京市市民热线服务中心、北京市政务服务和数据管理局。下面的合计只包括这些预算，不是北京市 2026 年的全部支出。');
  });
  it('names the first eight of a larger year and points to the table', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ department: `d${i}`, year: 2026 }));
    expect(yearCoverage(many, 2026, (s) => s.toUpperCase())).toBe('2026 年本站收录 10 份部门预算：D0、D1、D2、D3、D4、D5、D6、D7 等（全部列在下方的表中）。下面的合计只包括这些预算，不是北京市 2026 年的全部支出。');
  });
});
