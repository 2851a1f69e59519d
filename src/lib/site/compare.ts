import { Decimal, moneyOrNull as dec } from '../model/money.ts';
import type { DocumentJson } from '../model/schema.ts';
import { percentChange, share } from '../viz/format.ts';
import { groupLabel } from './code-labels.ts';
import { functionRows } from './trees.ts';

/**
 * One department's budgets side by side: by function 类 and by project (a project keeps its
 * canonical code across years), with the change from the previous budget on file to the latest,
 * and a plain sentence where one year's document itemises much less than another's, so that a
 * reader does not take a shorter list for less spending.
 */

/** What one year's document gives the comparison, read from its model. */
export interface YearFigures {
  year: number;
  /** 类 code → the sum of its function-classified rows, with those rows (to name the 类). */
  classes: Map<string, { amount: Decimal; rows: { code: string; name: string; total: string | null }[] }>;
  /** The total the function-classified table prints (支出总表, else 一般公共预算支出表), and its line. */
  functionTotal: Decimal | null;
  functionTotalLine: number | null;
  /** The table the 类 rows come from: 支出总表 (all funds) where it prints rows, else 一般公共预算支出表. */
  functionTable: '支出总表' | '一般公共预算支出表';
  /** Projects of the 绩效目标表 by canonical code. */
  projects: Map<string, { name: string; total: Decimal | null; line: number }>;
  /** 项目支出 as the 支出总表 prints it: what the project list should add up to. */
  projectTotal: Decimal | null;
}

/** A change from the previous budget on file to the latest: exact difference (万元) and percent. */
export interface Change {
  difference: string;
  percent: string | null;
}

export interface CompareRow {
  /** 类 code or project code. */
  key: string;
  name: string;
  /** Per year, in `years` order: the amount (万元, decimal string), or null where that year does not list it. */
  amounts: (string | null)[];
  /** Per year: the source line of the amount where it is one printed figure (a project's 项目总额). */
  lines: (number | null)[];
  /** From the previous year to the latest, where both list it. */
  change: Change | null;
  /** Where only one of the two years lists it: 新列出 (only the latest), 未再列出 (only the previous). */
  note: '新列出' | '未再列出' | null;
  /** Other rows of the same name (spaces aside) under another code: a project printed under a new code. */
  sameName: string[];
}

export interface Comparison {
  /** Oldest first. */
  years: number[];
  latest: number;
  previous: number;
  /** By function 类, largest in the latest year first. */
  classes: CompareRow[];
  /** Per year: the function table's total less its 类 rows (null where nothing is left). */
  unitemised: (string | null)[];
  /** Per year: the function table's printed total and its line. */
  totals: { amount: string | null; line: number | null }[];
  /** By project, largest in the latest year first, then the projects the latest year does not list. */
  projects: CompareRow[];
  /**
   * A sentence for each measure where one year itemises much less than another, else null; and
   * one where the years' 类 rows come from different tables (all funds against the 一般公共预算 only).
   */
  itemisation: { functions: string | null; projects: string | null; tables: string | null };
  /** The largest amount of a 类 row, and of a project, in any year (the full width of a bar). */
  classMax: string;
  projectMax: string;
}

const zero = () => new Decimal(0);

/** The figures of one year's model that the comparison reads. */
export function yearFigures(year: number, doc: DocumentJson): YearFigures {
  const { rows, total, totalLine } = functionRows(doc);
  const classes: YearFigures['classes'] = new Map();
  for (const r of rows) {
    const key = r.code.slice(0, 3);
    const c = classes.get(key) ?? { amount: zero(), rows: [] };
    c.amount = c.amount.plus(r.total ?? 0);
    c.rows.push(r);
    classes.set(key, c);
  }
  const projects: YearFigures['projects'] = new Map();
  for (const p of doc.projects) {
    const seen = projects.get(p.code);
    // A code printed twice in one document is one project: its amounts add up.
    projects.set(p.code, seen ? { ...seen, total: (seen.total ?? zero()).plus(p.total ?? 0) } : { name: p.name, total: dec(p.total), line: p.line });
  }
  const functionTable = doc.expenditure?.rows.length ? '支出总表' : '一般公共预算支出表';
  return { year, classes, functionTotal: dec(total), functionTotalLine: totalLine, functionTable, projects, projectTotal: dec(doc.expenditure?.project) };
}

function changeOf(from: Decimal | null, to: Decimal | null): Change | null {
  if (!from || !to) return null;
  return { difference: to.minus(from).toFixed(), percent: percentChange(from, to) };
}

/** Latest year's amount first, largest first; rows the latest year lacks after, by their most recent amount. */
function bySize(a: { amounts: (Decimal | null)[]; key: string }, b: { amounts: (Decimal | null)[]; key: string }): number {
  for (let i = a.amounts.length - 1; i >= 0; i--) {
    const x = a.amounts[i] ?? null;
    const y = b.amounts[i] ?? null;
    if (x && y) {
      const c = y.comparedTo(x);
      if (c) return c;
    } else if (x || y) return x ? -1 : 1;
  }
  return a.key.localeCompare(b.key);
}

function rowsOf<T>(
  figures: readonly YearFigures[],
  pick: (f: YearFigures) => Map<string, T>,
  amount: (t: T) => Decimal | null,
  line: (t: T) => number | null,
  name: (key: string, t: T) => string,
): CompareRow[] {
  const keys = new Set(figures.flatMap((f) => [...pick(f).keys()]));
  const n = figures.length;
  return [...keys]
    .map((key) => {
      const entries = figures.map((f) => pick(f).get(key) ?? null);
      const present = entries.map((e) => (e === null ? null : (amount(e) ?? zero())));
      const newest = [...entries].reverse().find((e) => e !== null)!;
      const [prev, last] = [entries[n - 2], entries[n - 1]];
      return {
        key,
        name: name(key, newest),
        amounts: present,
        lines: entries.map((e) => (e === null ? null : line(e))),
        change: prev && last ? changeOf(amount(prev) ?? zero(), amount(last) ?? zero()) : null,
        note: last && !prev ? ('新列出' as const) : prev && !last ? ('未再列出' as const) : null,
        sameName: [] as string[],
      };
    })
    .sort(bySize)
    .map((r) => ({ ...r, amounts: r.amounts.map((a) => a?.toFixed() ?? null) }));
}

const nameKey = (name: string) => name.replace(/\s+/g, '');

/**
 * Projects are matched by code only; a name is no identity (several projects share 办公设备购置). But
 * a reader who finds 云服务租赁 both "新列出" and "未再列出" should be told the two rows share a name.
 */
function withSameName(rows: CompareRow[]): CompareRow[] {
  const byName = new Map<string, string[]>();
  for (const r of rows) byName.set(nameKey(r.name), [...(byName.get(nameKey(r.name)) ?? []), r.key]);
  return rows.map((r) => ({ ...r, sameName: byName.get(nameKey(r.name))!.filter((k) => k !== r.key) }));
}

/**
 * A document "itemises much less" than another when the share of its total that it itemises is
 * below three quarters of the other's. At that gap at least a quarter of what the fuller
 * document lists has no counterpart in the other, so the side-by-side changes say more about
 * what was listed than about what was spent; smaller gaps are left unsaid rather than flag
 * every year whose detail differs a little.
 */
export const MUCH_LESS = new Decimal('0.75');

interface Coverage {
  year: number;
  itemised: Decimal;
  total: Decimal | null;
}

function muchLess(coverage: readonly Coverage[], sentence: (low: number, lowShare: string, high: number, highShare: string) => string): string | null {
  const shares = coverage.filter((c) => c.total && c.total.gt(0)).map((c) => ({ ...c, share: c.itemised.div(c.total!) }));
  if (shares.length < 2) return null;
  const high = shares.reduce((a, b) => (b.share.gt(a.share) ? b : a));
  const low = shares.reduce((a, b) => (b.share.lt(a.share) ? b : a));
  if (!low.share.lt(high.share.times(MUCH_LESS))) return null;
  return sentence(low.year, share(low.itemised, low.total)!, high.year, share(high.itemised, high.total)!);
}

/** Years whose document prints no 支出总表 rows are compared by their 一般公共预算支出表: a narrower scope. */
function tablesSentence(figures: readonly YearFigures[]): string | null {
  const general = figures.filter((f) => f.functionTable === '一般公共预算支出表').map((f) => f.year);
  if (general.length === 0 || general.length === figures.length) return null;
  const all = figures.filter((f) => f.functionTable === '支出总表').map((f) => f.year);
  return `${general.join('、')} 年的文本没有分类列出全部支出，这里用的是它的一般公共预算支出表（只含一般公共预算拨款）；${all.join('、')} 年用的是支出总表（全部资金）。两者范围不同，不能直接相比。`;
}

const maxOf = (rows: readonly CompareRow[]) => rows.flatMap((r) => r.amounts).reduce((m: Decimal, a) => (a !== null && m.lt(a) ? new Decimal(a) : m), zero()).toFixed();

/** The comparison of a department's budgets, oldest first; null with fewer than two years. */
export function compareYears(input: readonly YearFigures[]): Comparison | null {
  if (input.length < 2) return null;
  const figures = [...input].sort((a, b) => a.year - b.year);
  const years = figures.map((f) => f.year);
  const classes = rowsOf(
    figures,
    (f) => f.classes,
    (c) => c.amount,
    () => null,
    (code, c) => (code ? groupLabel(code, c.rows) : '未印功能分类科目'),
  );
  const projects = withSameName(rowsOf(
    figures,
    (f) => f.projects,
    (p) => p.total,
    (p) => p.line,
    (_, p) => p.name,
  ));
  const itemisedFunctions = figures.map((f) => [...f.classes.values()].reduce((a, c) => a.plus(c.amount), zero()));
  const itemisedProjects = figures.map((f) => [...f.projects.values()].reduce((a, p) => a.plus(p.total ?? 0), zero()));
  const unitemised = figures.map((f, i) => {
    const gap = f.functionTotal?.minus(itemisedFunctions[i]!);
    return gap && gap.gt(0) ? gap.toFixed() : null;
  });
  const functionSentence = muchLess(
    figures.map((f, i) => ({ year: f.year, itemised: itemisedFunctions[i]!, total: f.functionTotal })),
    (low, lowShare, high, highShare) =>
      `${low} 年的文本只把支出合计的 ${lowShare} 分到了各功能分类，${high} 年分到了 ${highShare}；其余只印了合计（表中“未列明”一行）。所以两年各类的增减，有一部分只是列明多少不同，不一定是支出的变化。`,
  );
  const projectSentence = muchLess(
    figures.map((f, i) => ({ year: f.year, itemised: itemisedProjects[i]!, total: f.projectTotal })),
    (low, lowShare, high, highShare) =>
      `${low} 年的文本逐个列出的项目只占项目支出的 ${lowShare}，${high} 年占 ${highShare}：某个项目在 ${low} 年的文本中没有列出，不一定是那一年没有安排。`,
  );
  return {
    years,
    latest: years[years.length - 1]!,
    previous: years[years.length - 2]!,
    classes,
    unitemised,
    totals: figures.map((f) => ({ amount: f.functionTotal?.toFixed() ?? null, line: f.functionTotalLine })),
    projects,
    itemisation: { functions: functionSentence, projects: projectSentence, tables: tablesSentence(figures) },
    classMax: maxOf(classes),
    projectMax: maxOf(projects),
  };
}

/**
 * A bar's width in percent of the widest: geometry, so a number (the amounts stay decimal). A
 * non-zero amount gets at least a sliver, so that it does not read as nothing.
 */
export function barWidth(amount: string | null, max: string): number {
  if (amount === null) return 0;
  const a = new Decimal(amount);
  const m = new Decimal(max);
  if (a.lte(0) || m.lte(0)) return 0;
  return Math.max(0.5, a.div(m).times(100).toDecimalPlaces(1).toNumber());
}
