import { Decimal, moneyOrNull, sum } from '../model/money.ts';

/** A node of money: values stay Decimal; only the layout turns them into areas. */
export interface MoneyNode {
  id: string;
  label: string;
  value: Decimal;
  href?: string;
  /** Money the document totals but does not itemise. */
  unitemised?: boolean;
  /** The level of a classification the node stands for (类, 款, 项), where it stands for one. */
  level?: '类' | '款' | '项';
  /** The classification code the node stands for (类, 款 or 项), where it stands for one. */
  code?: string;
  /** Names of single-child levels folded into this node, so that its chart shows their children. */
  folded?: string[];
  /** Source line of the figure, for the table alternative. */
  line?: number | null;
  children?: MoneyNode[];
}

/** The name of the rectangle that stands for money a total prints but its rows do not itemise. */
export const UNITEMISED_LABEL = '未列明';

/** A stored amount as a Decimal, an empty one as 0: for adding up rectangles. */
export const d = (s: string | null | undefined): Decimal => moneyOrNull(s) ?? new Decimal(0);

/** Groups leaves under keys; each group's value is the exact sum of its members. */
export function groupBy<T>(items: readonly T[], key: (t: T) => string, make: (key: string, members: T[]) => Omit<MoneyNode, 'value' | 'children'>, child: (t: T) => MoneyNode): MoneyNode[] {
  const groups = new Map<string, T[]>();
  for (const it of items) groups.set(key(it), [...(groups.get(key(it)) ?? []), it]);
  return [...groups].map(([k, members]) => {
    const children = members.map(child);
    return { ...make(k, members), value: sum(children.map((c) => c.value)), children };
  });
}

/**
 * Adds a "未列明" child when the printed total exceeds what the children add up to, so the
 * areas always add up to the printed total.
 */
export function withUnitemised(node: Omit<MoneyNode, 'value'> & { children: MoneyNode[] }, printedTotal: Decimal | null, href?: string): MoneyNode {
  const itemised = sum(node.children.map((c) => c.value));
  const total = printedTotal ?? itemised;
  const gap = total.minus(itemised);
  const children = gap.gt(0) ? [...node.children, { id: `${node.id}-unitemised`, label: UNITEMISED_LABEL, value: gap, unitemised: true, ...(href ? { href } : {}) }] : node.children;
  return { ...node, value: total, children: children.filter((c) => c.value.gt(0)).sort((a, b) => b.value.comparedTo(a.value)) };
}
