import type { DocumentJson } from '../model/schema.ts';
import { economicLabel, groupLabel, itemLabels } from './code-labels.ts';
import { d, groupBy, withUnitemised, type MoneyNode } from '../viz/tree.ts';
import { urls } from '../urls.ts';

type Row = { line: number; code: string; name: string; total: string | null };

/** 支出总表 rows where printed (all funds), else 一般公共预算支出表 rows. */
export function functionRows(doc: DocumentJson): { rows: Row[]; total: string | null; totalLine: number | null } {
  const e = doc.expenditure;
  if (e && e.rows.length) return { rows: e.rows.map((r) => ({ line: r.line, code: r.function?.code ?? '', name: r.function?.name ?? '', total: r.total })), total: e.total, totalLine: e.totalLine };
  const g = doc.generalExpenditure;
  return { rows: (g?.rows ?? []).map((r) => ({ line: r.line, code: r.function?.code ?? '', name: r.function?.name ?? '', total: r.total })), total: g?.total ?? null, totalLine: g?.totalLine ?? null };
}

/**
 * One tree per drill-down level: 类 at the top, then each 类's 款, then each 款's 项. 类 and 款 are
 * named from the national table (the tables print 项 codes only); a 项 by its national or printed
 * name, with its 款 where names repeat among its siblings.
 */
export function functionTrees(doc: DocumentJson, dept: string, year: number): MoneyNode[] {
  const { rows, total, totalLine } = functionRows(doc);
  if (!rows.length) return [];
  const source = (line: number) => urls.source(dept, year, line);
  const leaf = (r: Row): MoneyNode => ({ id: `${r.code}-${r.line}`, label: r.name, value: d(r.total), line: r.line, href: source(r.line) });
  // 项 is the last level: its rows differ only by economic class, shown in the other treemap.
  const xiang = (members: Row[]) => {
    const labels = itemLabels(members);
    return groupBy(members, (r) => r.code, (code, m) => ({ id: `fn-${code}`, code, label: labels.get(code) ?? m[0]!.name, level: '项', line: m[0]!.line, href: source(m[0]!.line) }), leaf).map(({ children: _, ...x }) => x);
  };
  const kuan = (members: Row[]) =>
    groupBy(members, (r) => r.code.slice(0, 5), (code, m) => ({ id: `fn-${code}`, code, label: groupLabel(code, m), level: '款', href: `#fn-${code}` }), leaf).map((k) => ({ ...k, children: xiang(members.filter((r) => r.code.startsWith(k.code!))) }));
  const lei = groupBy(rows, (r) => r.code.slice(0, 3), (code, m) => ({ id: `fn-${code}`, code, label: groupLabel(code, m), level: '类', href: `#fn-${code}` }), leaf).map((l) => ({
    ...l,
    children: kuan(rows.filter((r) => r.code.startsWith(l.code!))),
  }));
  const top = withUnitemised({ id: 'fn', label: '按支出功能分类', children: lei, line: totalLine }, total ? d(total) : null, totalLine ? source(totalLine) : undefined);
  return flatten(top);
}

/** 政府支出经济分类: 类 (501 …) then 款 (50101 …), named from the national table. */
export function economicTrees(doc: DocumentJson, dept: string, year: number): MoneyNode[] {
  const e = doc.expenditure;
  if (!e || !e.rows.length) return [];
  const source = (line: number) => urls.source(dept, year, line);
  const rows = e.rows.map((r) => ({ line: r.line, code: r.govEconomic?.code ?? '', name: r.govEconomic?.name ?? '未分类', total: r.total }));
  const kuan = (members: Row[]) =>
    groupBy(members, (r) => r.code, (code, m) => ({ id: `econ-${code}`, code, label: economicLabel(code, m[0]!.name), level: '款', line: m[0]!.line, href: source(m[0]!.line) }), (r) => ({ id: `${r.code}-${r.line}`, label: r.name, value: d(r.total), line: r.line })).map(({ children: _, ...x }) => x);
  const lei = groupBy(rows, (r) => r.code.slice(0, 3), (code, m) => ({ id: `econ-${code}`, code, label: groupLabel(code, m), level: '类', href: `#econ-${code}` }), (r) => ({ id: `${r.line}`, label: r.name, value: d(r.total) })).map((l) => ({
    ...l,
    children: kuan(rows.filter((r) => r.code.startsWith(l.code!))),
  }));
  return flatten(withUnitemised({ id: 'econ', label: '按政府支出经济分类', children: lei, line: e.totalLine }, e.total ? d(e.total) : null, e.totalLine ? source(e.totalLine) : undefined));
}

/** Projects of the 绩效目标表 against the 项目支出 the 支出总表 prints. */
export function projectTree(doc: DocumentJson, dept: string, year: number): MoneyNode | null {
  if (!doc.projects.length) return null;
  const children = doc.projects.map((p) => ({ id: `p-${p.code}`, label: p.name, value: d(p.total), line: p.line, href: urls.project(p.code) }));
  const printed = doc.expenditure?.project ?? null;
  return withUnitemised({ id: 'projects', label: '按项目', children, line: doc.expenditure?.totalLine ?? null }, printed ? d(printed) : null, doc.expenditure?.totalLine ? urls.source(dept, year, doc.expenditure.totalLine) : undefined);
}

/** The tree and every descendant that has children, top first: one treemap each. */
function flatten(root: MoneyNode): MoneyNode[] {
  const out: MoneyNode[] = [];
  const walk = (n: MoneyNode) => {
    const node = { ...n, children: n.children?.map(skipSingle) };
    out.push(node);
    for (const c of node.children ?? []) if (c.children?.length) walk(c);
  };
  walk(root);
  return out;
}

/**
 * A level with a single child says nothing the level above did not: a 类 with one 款 shows its
 * 项 directly (the 款 is named in `folded`, for the chart's title), and a 款 with one 项 links
 * straight to that 项's source line.
 */
function skipSingle(n: MoneyNode): MoneyNode {
  let node = n;
  while (node.children?.length === 1) {
    const only = node.children[0]!;
    node = only.children?.length
      ? { ...node, children: only.children, folded: [...(node.folded ?? []), only.label] }
      : { ...node, href: only.href ?? node.href, line: only.line ?? node.line, children: undefined };
  }
  return node;
}

/**
 * The title of one chart of a drill-down: the top chart's own, else the node's name, the levels
 * folded into it, and the level its rectangles stand for: "一般公共服务支出 › 政府办公厅（室）及相关机构事务（项）".
 */
export function chartTitle(node: MoneyNode, top: string, isTop: boolean): string {
  if (isTop) return top;
  const level = node.children?.find((c) => c.level)?.level;
  return `${[node.label, ...(node.folded ?? [])].join(' › ')}${level ? `（${level}）` : ''}`;
}
