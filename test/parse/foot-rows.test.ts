// The split of rows at a page foot between two projects (src/lib/parse/tables/foot-rows.ts).
import { describe, expect, it } from 'vitest';
import { grouped, splitFootRows } from '../../src/lib/parse/tables/foot-rows.ts';

const L = (s: string) => s.split(' ').filter(Boolean);

describe('grouped', () => {
  it.each([
    ['', true],
    ['产出', true],
    ['产出 产出 效益 效益 满意', true],
    ['效益 产出 产出 成本', true],
    ['产出 效益 产出', false],
    ['产出 产出 效益 满意 效益', false],
  ])('%s → %s', (levels, want) => expect(grouped(L(levels))).toBe(want));
});

describe('splitFootRows', () => {
  it.each([
    // above (foot rows last), foot, below → rows kept above, every grouped reading
    { above: '产出 产出 效益 产出 产出', foot: 2, below: '产出 满意', keep: 0, candidates: [0] },
    { above: '产出 效益', foot: 1, below: '产出 效益', keep: 1, candidates: [1] },
    { above: '产出 产出 产出', foot: 2, below: '产出', keep: 2, candidates: [0, 1, 2] },
    { above: '产出 效益 成本', foot: 2, below: '产出 效益', keep: 2, candidates: [1, 2] },
    { above: '产出 效益 产出 满意', foot: 1, below: '产出', keep: 1, candidates: [] },
    { above: '效益 满意 产出 效益', foot: 1, below: '产出 产出', keep: 0, candidates: [0] },
    // a project above with no row of its own before the foot keeps at least one
    { above: '产出 效益', foot: 2, below: '效益', keep: 2, candidates: [1, 2] },
  ])('$above | $below (foot $foot) → keep $keep', ({ above, foot, below, keep, candidates }) => {
    expect(splitFootRows(L(above), foot, L(below))).toEqual({ keep, candidates });
  });
});
