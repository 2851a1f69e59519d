/**
 * Names for the codes of the national 政府收支分类科目: 支出功能分类 (2…) and the two economic
 * classifications (部门预算 3…, 政府预算 5…). Pure lookups over the tables in `data/` (what they
 * cover and where each name comes from: docs/code-names.md). A code the tables do not hold gives
 * `undefined`, never a guess: callers fall back to the name the document printed, or to the code.
 */
import { DEPT_ECONOMIC_CODES, FUNCTION_CODES, GOV_ECONOMIC_CODES } from './data/code-names.generated.ts';
import { toEntry, type Classification, type CodeEntry, type CodeRow } from './code-table.ts';

export type { Classification, CodeEntry, Level, Source } from './code-table.ts';
export { levelOf } from './code-table.ts';

const index = (classification: Classification, rows: readonly CodeRow[]): ReadonlyMap<string, CodeEntry> =>
  new Map(rows.map((r) => [r[0], toEntry(classification, r)]));

const TABLES: Record<Classification, ReadonlyMap<string, CodeEntry>> = {
  function: index('function', FUNCTION_CODES),
  'dept-economic': index('dept-economic', DEPT_ECONOMIC_CODES),
  'gov-economic': index('gov-economic', GOV_ECONOMIC_CODES),
};

/** Every row of one classification, in code order (类 before its 款, 款 before its 项). */
export function codeEntries(classification: Classification): readonly CodeEntry[] {
  return [...TABLES[classification].values()];
}

/** The classification a code belongs to, read from its first digit. */
function classificationOf(code: string): Classification | undefined {
  const c = code.trim()[0];
  return c === '2' ? 'function' : c === '3' ? 'dept-economic' : c === '5' ? 'gov-economic' : undefined;
}

/** The row of a code of any classification (surrounding spaces ignored). */
export function codeEntry(code: string): CodeEntry | undefined {
  const c = code.trim();
  const classification = classificationOf(c);
  return classification ? TABLES[classification].get(c) : undefined;
}

/** What the table says of a code as a document printed it with a name. */
export type PrintedCode = { verdict: 'known' } | { verdict: 'unknown' } | { verdict: 'other-name'; name: string };

const comparable = (s: string) => s.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');

/**
 * A printed code and name against the table: known when the name is the table's, a spelling seen
 * in print, or the start of one (a cell cut off in print: "其他环境保护管理事务" for
 * "…事务支出"); another name most often means a digit misread (30207 邮电费 printed as 30217).
 */
export function checkPrintedCode(code: string, printedName: string): PrintedCode {
  const entry = codeEntry(code);
  if (!entry) return { verdict: 'unknown' };
  const printed = comparable(printedName);
  const names = [entry.name, ...entry.printedAlsoAs].map(comparable);
  if (printed === '' || names.some((n) => n === printed || (printed.length >= 4 && n.startsWith(printed)))) return { verdict: 'known' };
  return { verdict: 'other-name', name: entry.name };
}

/** 支出功能分类 name of a 类, 款 or 项 code: functionName('20103') → '政府办公厅（室）及相关机构事务'. */
export function functionName(code: string): string | undefined {
  return TABLES.function.get(code.trim())?.name;
}

/** Economic name: 301… 部门预算支出经济分类, 501… 政府预算支出经济分类 (the first digit decides). */
export function economicName(code: string): string | undefined {
  const entry = codeEntry(code);
  return entry && entry.classification !== 'function' ? entry.name : undefined;
}

/** The known rows from the 类 down to the code itself: the path a breadcrumb or tooltip shows. */
export function functionPath(code: string): CodeEntry[] {
  const c = code.trim();
  return [3, 5, 7].filter((n) => n <= c.length).flatMap((n) => TABLES.function.get(c.slice(0, n)) ?? []);
}

/**
 * 项 names the national list gives under many 款. Fixed as well as computed from the table, because
 * the table holds only the 项 seen in print: a name unique in it may still repeat nationally.
 */
const GENERIC_ITEM_NAMES = ['行政运行', '一般行政管理事务', '机关服务', '事业运行', '信息化建设', '机构运行'];

/** Every 项 name that stands for more than one 项 code (under different 款 or not). */
export const REPEATED_ITEM_NAMES: ReadonlySet<string> = (() => {
  const codesByName = new Map<string, number>();
  for (const e of TABLES.function.values()) if (e.level === '项') codesByName.set(e.name, (codesByName.get(e.name) ?? 0) + 1);
  return new Set([...GENERIC_ITEM_NAMES, ...[...codesByName].filter(([, n]) => n > 1).map(([name]) => name)]);
})();

const withContext = (name: string, code: string) => {
  const kuan = code.length === 7 ? functionName(code.slice(0, 5)) : undefined;
  return kuan && kuan !== name ? `${name}（${kuan}）` : name;
};

/**
 * Display name of a function code. A 项 whose name repeats carries its 款:
 * functionLabel('2010350') → '事业运行（政府办公厅（室）及相关机构事务）'. A code the table lacks
 * takes the name the document printed (`printedName`), with the same context rule.
 */
export function functionLabel(code: string, printedName?: string): string | undefined {
  const c = code.trim();
  const name = functionName(c) ?? printedName?.trim();
  if (!name) return undefined;
  return c.length === 7 && REPEATED_ITEM_NAMES.has(name) ? withContext(name, c) : name;
}

/**
 * Labels for the function codes shown together (one table, one treemap level): a name gets its 款
 * only where it collides within this set, so a list without repeats stays short. Codes whose names
 * still collide after that (two 项 of one name under one 款) get their code appended.
 */
export function functionLabels(items: readonly { code: string; name?: string }[]): Map<string, string> {
  const base = new Map<string, string>();
  for (const { code, name } of items) {
    const c = code.trim();
    const n = functionName(c) ?? name?.trim();
    if (n) base.set(c, n);
  }
  const qualified = new Map<string, string>();
  const count = (m: Map<string, string>) => {
    const n = new Map<string, number>();
    for (const v of m.values()) n.set(v, (n.get(v) ?? 0) + 1);
    return n;
  };
  const baseCount = count(base);
  for (const [c, n] of base) qualified.set(c, (baseCount.get(n) ?? 0) > 1 ? withContext(n, c) : n);
  const qualifiedCount = count(qualified);
  for (const [c, n] of qualified) if ((qualifiedCount.get(n) ?? 0) > 1) qualified.set(c, `${n} ${c}`);
  return qualified;
}
