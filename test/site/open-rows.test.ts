// What a project page says about indicator rows whose project the document leaves open.
import { describe, expect, it } from 'vitest';
import { openRowsNotes } from '../../src/lib/site/projects.ts';

const names: Record<string, string> = { '11000022T000000447234': '精神文明创建活动' };
const nameOf = (code: string) => names[code];

describe('openRowsNotes', () => {
  it.each([
    [{ from: 694, to: 697, other: '11000022T000000447234', read: 'there' as const }, '原文第 694–697 行的绩效指标印在分页处，原文没有标明它们属于本项目还是相邻的「精神文明创建活动」（11000022T000000447234）。本站把它们列在那个项目下（依据：同一项目的指标按一级指标归在一起）。'],
    [{ from: 720, to: 720, other: '11000022T000000447234', read: 'here' as const }, '原文第 720 行的绩效指标印在分页处，原文没有标明它们属于本项目还是相邻的「精神文明创建活动」（11000022T000000447234）。本站把它们列在本项目下（依据：同一项目的指标按一级指标归在一起）。'],
    [{ from: 506, to: 508, other: '信息化运行维护', read: 'split' as const }, '原文第 506–508 行的绩效指标印在分页处，原文没有标明它们属于本项目还是相邻的「信息化运行维护」。本站把其中一部分列在本项目下，其余列在那个项目下（依据：同一项目的指标按一级指标归在一起）。'],
  ])('%o', (rows, text) => {
    expect(openRowsNotes([rows], nameOf)).toEqual([{ text, from: rows.from, to: rows.to }]);
  });
});
