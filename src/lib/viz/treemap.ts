import { hierarchy, treemap, treemapSquarify } from 'd3-hierarchy';
import { groupDigits, share, shortAmount } from './format.ts';
import type { MoneyNode } from './tree.ts';

export interface Rect {
  id: string;
  label: string;
  /** Exact amount in 万元 as a decimal string. */
  value: string;
  share: string | null;
  href: string | null;
  unitemised: boolean;
  line: number | null;
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  /** Lines of text that fit inside the rectangle: 0, 1 (label) or 2 (label and amount). */
  lines: string[];
  darkText: boolean;
}

const PALETTE = ['#1f5fa8', '#2f8f5b', '#b5532a', '#7a4ea3', '#0f7c86', '#a33a5b', '#6b6f1e', '#3d5a80', '#8c5a1f', '#2c6e49'];
const UNITEMISED = '#d7dadf';

/**
 * Lays out one level (the root's children) at build time. Floats appear only here, as pixel
 * geometry; every figure shown or linked is the Decimal string of the node.
 */
export function layoutTreemap(root: MoneyNode, width: number, height: number): Rect[] {
  type Flat = { node: MoneyNode | null; kids?: Flat[] };
  const kids = (root.children ?? []).filter((c) => c.value.gt(0)).map((node) => ({ node }));
  const h = hierarchy<Flat>({ node: null, kids }, (f) => f.kids)
    .sum((f) => (f.node ? f.node.value.toNumber() : 0))
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const laid = treemap<Flat>().tile(treemapSquarify).size([width, height]).paddingInner(2).round(true)(h);
  return (laid.children ?? []).map((leaf, i) => {
    const n = leaf.data.node!;
    const w = leaf.x1 - leaf.x0;
    const ht = leaf.y1 - leaf.y0;
    return {
      id: n.id,
      label: n.label,
      value: n.value.toFixed(),
      share: share(n.value, root.value),
      href: n.href ?? null,
      unitemised: !!n.unitemised,
      line: n.line ?? null,
      x: leaf.x0,
      y: leaf.y0,
      w,
      h: ht,
      fill: n.unitemised ? UNITEMISED : PALETTE[i % PALETTE.length]!,
      lines: fit(n.label, shortAmount(n.value), w, ht),
      darkText: !!n.unitemised,
    };
  });
}

/** CJK glyphs at 12px are about 12px wide; keep text inside with a small margin. */
function fit(label: string, amount: string, w: number, h: number): string[] {
  const room = Math.floor((w - 8) / 12);
  if (room < 2 || h < 18) return [];
  const text = label.length > room ? `${label.slice(0, Math.max(1, room - 1))}…` : label;
  return h >= 36 && amount.length * 7 <= w - 8 ? [text, amount] : [text];
}

export function accessibleName(r: Rect): string {
  return `${r.label}：${groupDigits(r.value)} 万元${r.share ? `，占 ${r.share}` : ''}`;
}
