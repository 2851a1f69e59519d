import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { functionTrees, projectTree } from '../../src/lib/site/trees.ts';
import { FIGURE_STYLE, LABEL_STYLE, lineCount, MIN_TEXT_PX, wordLineCount } from '../../src/lib/viz/text-fit.ts';
import type { MoneyNode } from '../../src/lib/viz/tree.ts';
import { BORDER, layoutTreemap, PADDING, textMode, TIERS, type Box, type Rect } from '../../src/lib/viz/treemap.ts';
import { seedEntry } from '../data/entries.ts';

const bureau = seedEntry('003');
const heights = { narrow: 420, wide: 420 };
const top = functionTrees(bureau, 'gov-services-data-bureau', 2026)[0]!;
const projects = projectTree(bureau, 'gov-services-data-bureau', 2026)!;
const area = (b: Box) => b.w * b.h;

describe('layoutTreemap', () => {
  for (const [name, tree] of [
    ['function classes', top],
    ['82 projects and what they leave unitemised', projects],
  ] as const) {
    describe(name, () => {
      const { rects } = layoutTreemap(tree, heights);
      const total = tree.children!.reduce((a, c) => a.plus(c.value), new Decimal(0)).toNumber();

      it('gives each rectangle an area in proportion to its amount, in both layouts', () => {
        for (const geometry of ['narrow', 'wide'] as const) {
          expect(rects.reduce((a, r) => a + area(r[geometry]), 0)).toBeCloseTo(100 * 100, -1);
          for (const r of rects) expect(area(r[geometry]) / (100 * 100)).toBeCloseTo(Number(r.value) / total, 2);
        }
      });

      it('keeps every rectangle inside the chart', () => {
        for (const r of rects)
          for (const b of [r.narrow, r.wide]) {
            expect(b.x).toBeGreaterThanOrEqual(0);
            expect(b.y).toBeGreaterThanOrEqual(0);
            expect(b.x + b.w).toBeLessThanOrEqual(100.01);
            expect(b.y + b.h).toBeLessThanOrEqual(100.01);
          }
      });

      it('numbers rectangles from the largest', () => {
        expect(rects.map((r) => r.rank)).toEqual(rects.map((_, i) => i + 1));
        for (let i = 1; i < rects.length; i++) expect(new Decimal(rects[i - 1]!.value).gte(rects[i]!.value)).toBe(true);
      });

      it('shows a name only where the name and figure fit whole at the tier’s narrowest width', () => {
        for (const r of rects)
          for (const t of TIERS) {
            if (r.modes[t.name] !== 'label') continue;
            const b = t.geometry === 'narrow' ? r.narrow : r.wide;
            const inner = (b.w / 100) * t.from - 2 * (BORDER + PADDING);
            const room = (b.h / 100) * heights[t.geometry] - 2 * (BORDER + PADDING);
            const lines = lineCount(r.label, LABEL_STYLE.size, inner) * LABEL_STYLE.lineHeight + wordLineCount(r.figureWords, FIGURE_STYLE.size, inner) * FIGURE_STYLE.lineHeight;
            expect(lines, `${r.label} at ${t.name}`).toBeLessThanOrEqual(room);
          }
      });

      it('lists every rectangle that does not show its name at some tier, in rank order, the smallest folded', () => {
        const { listed, smallest } = layoutTreemap(tree, heights);
        const unnamed = (r: Rect) => TIERS.some((t) => r.modes[t.name] !== 'label');
        expect([...listed, ...(smallest?.rects ?? [])].map((r) => r.rank)).toEqual(rects.filter(unnamed).map((r) => r.rank));
        if (smallest) {
          expect(listed).toHaveLength(12);
          for (const r of smallest.rects) for (const t of TIERS) expect(r.modes[t.name]).not.toBe('label');
        }
      });

      it('shows at a wider tier every name it shows at a narrower one of the same layout', () => {
        for (const r of rects) if (r.modes.m === 'label') expect(r.modes.w).toBe('label');
      });
    });
  }

  it('folds a long list under the chart after 12 rectangles, with their exact total', () => {
    // 30 projects of 1.01 万元 and one of 1,000 万元: 30 small rectangles cannot show their names.
    const small = Array.from({ length: 30 }, (_, i): MoneyNode => ({ id: `p${i}`, label: `项目${i}`, value: new Decimal('1.01') }));
    const tree: MoneyNode = { id: 'root', label: '项目', value: new Decimal('1030.3'), children: [{ id: 'big', label: '大项目', value: new Decimal(1000) }, ...small] };
    const { listed, smallest } = layoutTreemap(tree, heights);
    expect(listed).toHaveLength(12);
    // The large one shows its name; of the 30 small ones 12 stay open and 18 fold, 1.01 万元 each.
    expect(listed.map((r) => r.label)).not.toContain('大项目');
    expect(smallest!.rects).toHaveLength(18);
    expect(smallest!.total).toBe('18.18');
  });

  it('does not fold a list that would hide fewer than 8 lines', () => {
    const small = Array.from({ length: 18 }, (_, i): MoneyNode => ({ id: `p${i}`, label: `项目${i}`, value: new Decimal(1) }));
    const tree: MoneyNode = { id: 'root', label: '项目', value: new Decimal(1018), children: [{ id: 'big', label: '大项目', value: new Decimal(1000) }, ...small] };
    const { listed, smallest } = layoutTreemap(tree, heights);
    expect(smallest).toBeNull();
    expect(listed).toHaveLength(18);
  });

  it('gives the share beside the amount, so it is seen without hovering', () => {
    const { rects } = layoutTreemap(top, heights);
    const unitemised = rects.find((r) => r.unitemised)!;
    // content/gov-services-data-bureau/2026.txt:182: 合计 101,605.173803; the rows add up to less.
    expect(unitemised.figure).toMatch(/^\d+\.\d\d 亿元 · \d+\.\d%$/);
    expect(unitemised.color).toBeNull();
  });

  it('draws its text no smaller than 12 px', () => {
    expect(Math.min(LABEL_STYLE.size, FIGURE_STYLE.size)).toBeGreaterThanOrEqual(MIN_TEXT_PX);
  });
});

describe('textMode', () => {
  const figure = ['5,493 万元', '· 14.6%'];
  it('shows the name and figure in a large box, the number in a small one, nothing in a sliver', () => {
    expect(textMode('行政运行', figure, 3, 200, 60)).toBe('label');
    expect(textMode('行政运行', figure, 3, 40, 30)).toBe('number');
    expect(textMode('行政运行', figure, 3, 6, 30)).toBe('none');
    expect(textMode('行政运行', figure, 3, 200, 10)).toBe('none');
  });

  it('wraps a long name over lines when the box is tall enough, never cutting it', () => {
    const name = '其他政府办公厅（室）及相关机构事务支出';
    // 19 characters of 13 px in 120 − 10 = 110 px: 8 a line, 3 lines; the figure on 2 lines.
    expect(textMode(name, figure, 2, 120, 3 * 16 + 2 * 15 + 10)).toBe('label');
    expect(textMode(name, figure, 2, 120, 3 * 16 + 2 * 15 + 9)).not.toBe('label');
  });
});

describe('a node without children', () => {
  it('has nothing to lay out', () => {
    const leaf: MoneyNode = { id: 'x', label: 'x', value: new Decimal(1) };
    expect(layoutTreemap(leaf, heights).rects).toEqual([]);
  });
});
