import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';
import { readable, share } from './format.ts';
import { blockHeight, FIGURE_STYLE, LABEL_STYLE, textWidth } from './text-fit.ts';
import type { MoneyNode } from './tree.ts';
import { Decimal, sum } from '../model/money.ts';

/**
 * A treemap is drawn as HTML boxes placed in percent of the chart area, laid out here at build
 * time, so its text is real text at its CSS size at any screen width (an SVG drawn 960 px wide
 * and scaled to a phone shrinks 12 px labels to 5). Two layouts, one squarified for a phone's
 * proportions and one for a desktop's, and three tiers of text: for each tier a rectangle shows
 * its name, amount and share whole, or only its number, or nothing; what it does not show is in
 * the list under the chart. CSS container queries pick the layout and the tier
 * (src/styles/site.css, .tm-*): no client JS.
 */

/** A rectangle in percent of the chart area's width and height. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** What a rectangle shows at one tier: its text (name, amount, share), only its number, nothing. */
export type TextMode = 'label' | 'number' | 'none';

export type TierName = 'n' | 'm' | 'w';
export type Geometry = 'narrow' | 'wide';

/**
 * Chart widths (CSS px of the figure) a tier covers from `from` on, and the layout it uses. Text
 * is fitted at a tier's smallest width, so it fits at every wider one. The narrow tier starts at
 * 336 px: a 360 px phone less the page margins (a 390 px phone gives 366).
 */
export const TIERS: readonly { name: TierName; from: number; geometry: Geometry }[] = [
  { name: 'n', from: 336, geometry: 'narrow' },
  { name: 'm', from: 600, geometry: 'wide' },
  { name: 'w', from: 1000, geometry: 'wide' },
];

/** The widths each layout is squarified for: a 390 px phone's chart and the desktop's (72rem less margins). */
const LAYOUT_WIDTH: Record<Geometry, number> = { narrow: 366, wide: 1120 };

/** Box border (the white gap between rectangles) and padding, CSS px. */
export const BORDER = 1;
export const PADDING = 4;
/** The number alone sits closer to the edge. */
const NUMBER_INSET = 2;

export interface Rect {
  id: string;
  label: string;
  /** Exact amount in 万元 as a decimal string. */
  value: string;
  share: string | null;
  /** Amount at reading precision and share: "6.51 亿元 · 64.1%". */
  figure: string;
  /** The same in words that never break inside: ["6.51 亿元", "· 64.1%"]. */
  figureWords: string[];
  href: string | null;
  unitemised: boolean;
  line: number | null;
  code: string | null;
  /** 1 for the largest rectangle: the number a small rectangle shows and the list repeats. */
  rank: number;
  /** Share of the whole as a float, for a bar's length only (the share shown is `share`). */
  percent: number;
  /** Palette slot (0–9), or null for the grey 未列明 rectangle. */
  color: number | null;
  narrow: Box;
  wide: Box;
  modes: Record<TierName, TextMode>;
}

export interface TreemapLayout {
  rects: Rect[];
  /** Chart area height in CSS px, per layout. */
  heights: Record<Geometry, number>;
  /** Rectangles that do not show their name at some tier: the list under the chart, in rank order. */
  listed: Rect[];
  /**
   * The tail of `listed` that the page folds away (see LIST_OPEN): the smallest rectangles, which
   * show no name at any tier, so the count the page gives is the same at every width.
   */
  smallest: { rects: Rect[]; total: string } | null;
  /** Tiers at which every rectangle shows its name (the list is hidden there). */
  complete: TierName[];
  /** Drawn as a list with bars instead of rectangles (see LIST_AT_MOST). */
  asList: boolean;
}

/**
 * A level of one or two parts is drawn as a list with bars: two blocks filling a chart say less
 * than two lines with names, amounts and shares, and take a screen of height on a phone.
 */
const LIST_AT_MOST = 2;

/**
 * How many listed rectangles stay open under a chart before the rest fold into one line: a
 * department with 80 projects otherwise lists some 60 below its chart, 2,500 px on a phone,
 * above the page's own complete project list. Folded only when at least LIST_FOLD_AT_LEAST
 * would be, so a fold never hides two lines.
 */
const LIST_OPEN = 12;
const LIST_FOLD_AT_LEAST = 8;

const PALETTE_SIZE = 10;

/**
 * Lays out one level (the root's children). Floats appear only here, as geometry; every figure
 * shown or linked is the Decimal string of the node.
 */
export function layoutTreemap(root: MoneyNode, heights: Record<Geometry, number>): TreemapLayout {
  const nodes = (root.children ?? []).filter((c) => c.value.gt(0)).sort((a, b) => b.value.comparedTo(a.value));
  const boxes = { narrow: squarify(nodes, LAYOUT_WIDTH.narrow, heights.narrow), wide: squarify(nodes, LAYOUT_WIDTH.wide, heights.wide) };
  let color = 0;
  const rects = nodes.map((n, i): Rect => {
    const s = share(n.value, root.value);
    const figureWords = [readable(n.value), ...(s ? [`· ${s}`] : [])];
    const figure = figureWords.join(' ');
    const rank = i + 1;
    const narrow = boxes.narrow[i]!;
    const wide = boxes.wide[i]!;
    const modes = Object.fromEntries(
      TIERS.map((t) => {
        const b = t.geometry === 'narrow' ? narrow : wide;
        return [t.name, textMode(n.label, figureWords, rank, (b.w / 100) * t.from, (b.h / 100) * heights[t.geometry])];
      }),
    ) as Record<TierName, TextMode>;
    return {
      id: n.id,
      label: n.label,
      value: n.value.toFixed(),
      share: s,
      figure,
      figureWords,
      href: n.href ?? null,
      unitemised: !!n.unitemised,
      line: n.line ?? null,
      code: n.code ?? null,
      rank,
      percent: root.value.isZero() ? 0 : n.value.div(root.value).times(100).toNumber(),
      color: n.unitemised ? null : color++ % PALETTE_SIZE,
      narrow,
      wide,
      modes,
    };
  });
  const listed = rects.filter((r) => TIERS.some((t) => r.modes[t.name] !== 'label'));
  const complete = TIERS.filter((t) => rects.every((r) => r.modes[t.name] === 'label')).map((t) => t.name);
  const asList = rects.length <= LIST_AT_MOST;
  if (asList) return { rects, heights, listed: [], smallest: null, complete, asList };
  const tail = listed.slice(LIST_OPEN);
  const fold = tail.length >= LIST_FOLD_AT_LEAST && tail.every((r) => TIERS.every((t) => r.modes[t.name] !== 'label'));
  if (!fold) return { rects, heights, listed, smallest: null, complete, asList };
  return { rects, heights, listed: listed.slice(0, LIST_OPEN), smallest: { rects: tail, total: sum(tail.map((r) => new Decimal(r.value))).toFixed() }, complete, asList };
}

/** Squarified rectangles in the nodes' order, in percent of a width × height area. */
function squarify(nodes: readonly MoneyNode[], width: number, height: number): Box[] {
  type Flat = { index: number; kids?: Flat[] };
  const h = hierarchy<Flat>({ index: -1, kids: nodes.map((_, index) => ({ index })) }, (f) => f.kids).sum((f) => (f.index < 0 ? 0 : nodes[f.index]!.value.toNumber()));
  // Keep the nodes' order (largest first): d3 lays out children in the order given.
  const laid = treemap<Flat>().tile(treemapSquarify).size([width, height])(h);
  const out: Box[] = [];
  for (const leaf of laid.children ?? []) {
    out[leaf.data.index] = { x: pct(leaf.x0, width), y: pct(leaf.y0, height), w: pct(leaf.x1 - leaf.x0, width), h: pct(leaf.y1 - leaf.y0, height) };
  }
  return out;
}

const pct = (v: number, of: number) => Math.round((v / of) * 100 * 1000) / 1000;

/**
 * What a rectangle of w × h CSS px can show: its name and figure whole, with room for the border
 * and padding; else its number; else nothing.
 */
export function textMode(label: string, figure: readonly string[], rank: number, w: number, h: number): TextMode {
  const inner = w - 2 * (BORDER + PADDING);
  const room = h - 2 * (BORDER + PADDING);
  if (inner > 0 && room > 0 && blockHeight([{ text: label, style: LABEL_STYLE }, { words: figure, style: FIGURE_STYLE }], inner) <= room) return 'label';
  const numberInset = 2 * (BORDER + NUMBER_INSET);
  if (textWidth(String(rank), FIGURE_STYLE.size) <= w - numberInset && FIGURE_STYLE.lineHeight <= h - numberInset) return 'number';
  return 'none';
}

