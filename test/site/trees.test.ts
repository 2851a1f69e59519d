import { describe, expect, it } from 'vitest';
import { chartTitle, economicTrees, functionTrees } from '../../src/lib/site/trees.ts';
import type { MoneyNode } from '../../src/lib/viz/tree.ts';
import { seedEntry } from '../data/entries.ts';

// content/gov-services-data-bureau/2026.txt: the 支出总表 (lines 53–181) prints 项 codes of the
// 款 20103, 20141, 20508, 20805, 21011, 21203, 22102 and 22999, and 政府预算 economic codes
// under 503 (50303 on line 84, 50306 on lines 71, 85, 86, 177).
const bureau = seedEntry('003');
const fn = functionTrees(bureau, 'gov-services-data-bureau', 2026);
const econ = economicTrees(bureau, 'gov-services-data-bureau', 2026);
const byId = (trees: MoneyNode[], id: string) => trees.find((t) => t.id === id) ?? trees.flatMap((t) => t.children ?? []).find((c) => c.id === id);
const labels = (trees: MoneyNode[]) => trees.flatMap((t) => [t.label, ...(t.children ?? []).map((c) => c.label)]);

describe('function treemaps name every 类 and 款 from the national table', () => {
  it('no level reads as a bare code ("20103 款")', () => {
    for (const l of labels(fn)) expect(l).not.toMatch(/\d{3}/);
  });

  it('names the 款 of 201 as the national classification does', () => {
    const lei = byId(fn, 'fn-201')!;
    expect(lei.label).toBe('一般公共服务支出');
    expect(lei.children!.map((c) => [c.code, c.label])).toEqual(
      expect.arrayContaining([
        ['20103', '政府办公厅（室）及相关机构事务'],
        // The document prints 2014199-其他数据事务支出 under it.
        ['20141', '数据事务'],
      ]),
    );
  });

  it('titles a 类 whose single 款 is folded away with that 款', () => {
    // 221 prints only 22102 (住房改革支出) rows, 229 only 22999.
    const housing = fn.find((t) => t.id === 'fn-221');
    if (housing) expect(chartTitle(housing, '', false)).toBe('住房保障支出 › 住房改革支出（项）');
    const kuan = fn.find((t) => t.id === 'fn-20103')!;
    expect(chartTitle(kuan, '', false)).toBe('政府办公厅（室）及相关机构事务（项）');
  });
});

describe('economic treemaps', () => {
  it('name the 类 of 政府预算 from the national table', () => {
    expect(byId(econ, 'econ-501')!.label).toBe('机关工资福利支出');
    expect(byId(econ, 'econ-502')!.label).toBe('机关商品和服务支出');
  });

  it('describe a 类 the table does not name (503) by its largest 款, never by a guessed name', () => {
    // 50306 设备购置: 3 + 4.9 + 1,113.812 + 2,292.925 万元; 50303 公务用车购置: 12.53 万元.
    expect(byId(econ, 'econ-503')!.label).toBe('设备购置、公务用车购置');
  });
});
