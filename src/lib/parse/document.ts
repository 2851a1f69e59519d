import type { BudgetDocument } from '../model/schema.ts';
import { sum, type AmountUnit, type Money } from '../model/money.ts';
import { decode } from './decode.ts';
import { issue, type Issue, type Result } from './issues.ts';
import { normalizeLine } from './normalize.ts';
import { proseSection, yearInText } from './prose.ts';
import { segment, type Section, type TableSection } from './segment.ts';
import { TableContext } from './tables/context.ts';
import { parseTable } from './tables/index.ts';
import { isAmountCell } from './tables/coded.ts';
import { isBlank, isFurniture } from './normalize.ts';
import type { TableKind } from './kinds.ts';

const COMPLETENESS = new Set(['missing-table', 'unplaced-line', 'empty-table', 'loose-amount']);

/**
 * Tables every 部门预算 prints (the set the disclosure template prescribes; a department with no
 * such money prints the table empty, with a note): a document without one has lost it, most
 * often because the file was cut off. 收入总表 is not among them (some documents lawfully omit it).
 */
const REQUIRED: [TableKind, string][] = [
  ['summary', '收支总表'],
  ['expenditure', '支出总表'],
  ['fiscalSummary', '财政拨款收支总表'],
  ['generalExpenditure', '一般公共预算财政拨款支出表'],
  ['generalBasic', '一般公共预算财政拨款基本支出表'],
  ['govFund', '政府性基金预算财政拨款支出表'],
  ['stateCapital', '国有资本经营预算财政拨款支出表'],
  ['sangong', '财政拨款“三公”经费支出表'],
  ['performance', '项目支出绩效目标表'],
];
/** Kinds whose absence is already an error of the document alone (`missing-table`). */
export const REQUIRED_KINDS: ReadonlySet<TableKind> = new Set(REQUIRED.map(([kind]) => kind));
/** The standard set of tables; those a document lawfully lacks are listed as absent. */
const STANDARD_KINDS: TableKind[] = ['summary', 'income', 'expenditure', 'fiscalSummary', 'generalExpenditure', 'generalBasic', 'govFund', 'stateCapital', 'sangong', 'procurement', 'purchaseServices', 'performance', 'overallPerformance'];
/** Tables that state their unit in their cells (资金情况（万元）) rather than on a 金额单位 line. */
const UNIT_IN_CELLS = new Set<TableKind>(['overallPerformance', 'transfer', 'performance']);

/**
 * A table read in the wrong unit is off by 10,000: a part larger than the whole it belongs to
 * (“三公” or 政府采购 above the 支出总表 合计) is an error with both figures.
 */
function unitMismatches(doc: BudgetDocument, file: string): Issue[] {
  const whole = doc.expenditure?.total ?? doc.summary?.expenditureTotal ?? null;
  if (!whole || whole.isZero()) return [];
  const parts: [string, Money | null | undefined, number | null | undefined, AmountUnit | undefined][] = [
    ['“三公”经费合计', doc.sangong?.total, doc.sangong?.line, doc.sangong?.printedIn],
    ['政府采购合计', doc.procurement?.total, doc.procurement?.totalLine, doc.tables.find((t) => t.kind === 'procurement')?.unit],
  ];
  const out: Issue[] = [];
  for (const [label, value, line, unit] of parts) {
    if (value && value.gt(whole)) {
      out.push(issue('unit-mismatch', file, line ?? 1, `expected ${label} (${value.toFixed()} 万元, read in ${unit ?? '万元'}) to be at most the 支出总表 合计 (${whole.toFixed()} 万元), found it larger: is the table's 金额单位 wrong or missing?`));
    }
  }
  const sangong = doc.sangong;
  if (sangong?.total && !sangong.total.isZero() && !sangong.total.gt(whole)) {
    // The same spending by economic classification: 因公出国（境）、公务接待、公务用车 rows of the
    // 支出总表. Across the 23 documents the two stay within a factor of 10 of each other; a table
    // read in the wrong unit is 10,000 times off.
    const rows = (doc.expenditure?.rows ?? []).filter((r) => SANGONG_ECONOMIC.test(r.deptEconomic?.code ?? ''));
    const economic = sum(rows.map((r) => r.total));
    if (!economic.isZero() && economic.div(sangong.total).gte(1000)) {
      const lines = rows.length === 1 ? `line ${rows[0]!.line}` : `lines ${rows[0]!.line}–${rows.at(-1)!.line}`;
      out.push(issue('unit-mismatch', file, sangong.line, `expected “三公”经费合计 (${sangong.total.toFixed()} 万元, read in ${sangong.printedIn}) to be of the order of the 支出总表's 因公出国（境）、公务接待、公务用车 rows (${economic.toFixed()} 万元, ${lines}), found it ${economic.div(sangong.total).round().toFixed()} times smaller: is the table's 金额单位 wrong?`));
    }
  }
  return out;
}

// 30212 因公出国（境）费用, 30217 公务接待费, 30231 公务用车运行维护费, 31013 公务用车购置.
const SANGONG_ECONOMIC = /^(30212|30217|30231|31013)/;

export interface DocumentMeta {
  /** Path shown in messages and links, relative to the repository. */
  file: string;
  department: string | null;
  year: number | null;
}

/**
 * Text (or bytes) in, model and issues out. Never throws on any input: a document it cannot
 * understand comes back as `value: null` with error issues that say where and why.
 */
export function parseDocument(input: Uint8Array | string, meta: DocumentMeta): Result<BudgetDocument | null> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const decoded = decode(bytes, meta.file);
  if (!decoded.value) return { value: null, issues: decoded.issues };
  const rows = decoded.value.map((raw, i) => normalizeLine(raw, i + 1));
  const sections = segment(rows);
  const tables = sections.filter((s): s is TableSection => s.type === 'table');
  if (tables.length === 0) {
    return { value: null, issues: [issue('no-tables', meta.file, 1, 'expected at least one budget table with a title such as "预算01表 收支总表", found none')] };
  }
  const doc: BudgetDocument = emptyDocument(meta, rows.length);
  const issues: Issue[] = [];
  const contexts: TableContext[] = [];
  const lastTable = tables[tables.length - 1];
  let unit: AmountUnit | null = null;
  for (const section of sections) {
    if (section.type === 'prose') {
      const prose = proseSection(section);
      if (prose) doc.narrative.push(prose);
      // Rows of a table stay a table's, whatever heading came before them: read as prose, their
      // figures would be lost without a word.
      for (const row of section.rows) {
        if (!row.plain && tableRow(row.cells)) doc.unplaced.push({ line: row.line, text: row.raw, reason: `a table row outside every table, in the text after ${section.heading === null ? 'the start of the document' : `「${section.heading.trim()}」 (line ${section.line})`}: its table's title lost?` });
      }
      continue;
    }
    const ctx = new TableContext(meta.file, section);
    contexts.push(ctx);
    if (ctx.unitLine !== null) unit = ctx.unit;
    else if (!UNIT_IN_CELLS.has(section.kind) && ctx.body.some((r) => r.cells.some(isAmountCell))) {
      // Never assumed silently: the unit of the table before, with a warning that names it.
      ctx.unit = unit ?? '万元';
      ctx.report('unit-inherited', section.line, `expected a 金额单位 line for ${section.title.trim()}, found none; amounts read in ${ctx.unit}${unit ? ' like the table before' : ''}`);
    }
    if (!ctx.body.some((r) => !isBlank(r) && !isFurniture(r))) {
      ctx.report('empty-table', section.line, `expected the rows of ${section.title.trim()} after its title, found ${section === lastTable ? 'the end of the file' : 'the next title'}`);
    }
    parseTable(ctx, doc, section === lastTable && nothingAfter(sections, section));
    doc.tables.push({ line: section.line, kind: section.kind, title: section.title, unit: ctx.unit, endLine: ctx.endLine });
    issues.push(...ctx.issues);
    doc.unplaced.push(...ctx.unplaced);
    doc.ignored.push(...ctx.ignored);
  }
  const kinds = new Set(tables.map((t) => t.kind));
  const missing = REQUIRED.filter(([kind]) => !kinds.has(kind)).map(([, title]) => title);
  if (missing.length > 0) {
    issues.push(issue('missing-table', meta.file, rows.length, `expected a ${missing.join('、')} in every 部门预算, found ${missing.length > 1 ? 'none of them' : 'none'} in the whole document (title lost or document cut off?)`));
  }
  doc.absent = STANDARD_KINDS.filter((k) => !kinds.has(k));
  doc.unplaced.sort((a, b) => a.line - b.line);
  doc.ignored.sort((a, b) => a.line - b.line);
  // Completeness: every line is read or recognised; one that is neither stops the build.
  for (const u of doc.unplaced) issues.push(issue('unplaced-line', meta.file, u.line, `expected every line to be read, found one that is not: ${u.reason}: "${u.text.trim().slice(0, 80)}"`));
  issues.push(...unitMismatches(doc, meta.file));
  doc.name = contexts.find((c) => c.deptName)?.deptName ?? doc.overallPerformance?.name ?? unitNamed(doc);
  doc.yearInText = yearInText(sections, contexts, doc);
  if (meta.year !== null && doc.yearInText && doc.yearInText.year !== meta.year) {
    issues.push(issue('year-mismatch', meta.file, doc.yearInText.line, `expected budget year ${meta.year} (from the file's path), found ${doc.yearInText.year} in the text`));
  }
  if (doc.year === null && doc.yearInText) doc.year = doc.yearInText.year;
  // A document that breaks only the completeness contract still has a model (for `npm run
  // parse` and table-level tests); the boundary refuses it all the same.
  const failed = issues.some((i) => i.severity === 'error' && !COMPLETENESS.has(i.code));
  return { value: failed ? null : doc, issues };
}

/**
 * A table's row: two amounts, one with decimals, or three cells and more (an indicator row); not
 * a 目录 entry with its page number.
 */
function tableRow(cells: readonly string[]): boolean {
  const amounts = cells.filter(isAmountCell);
  return amounts.length >= 2 || amounts.some((c) => /[.．]\d/.test(c)) || cells.filter((c) => c !== '').length >= 3;
}

/** Without a name line, the unit that the income rows or the projects name last. */
function unitNamed(doc: BudgetDocument): string | null {
  const units = [...(doc.income?.rows ?? []).map((r) => r.unit), ...doc.projects.map((p) => p.unit)].filter((u) => u?.name);
  return units.length ? units[units.length - 1]!.name : null;
}

/** A table is cut off when the file ends inside it: no text of any kind follows. */
function nothingAfter(sections: readonly Section[], section: Section): boolean {
  return sections.slice(sections.indexOf(section) + 1).every((s) => s.rows.every((r) => r.cells.every((c) => c === '')) && s.type === 'prose' && s.heading === null);
}

function emptyDocument(meta: DocumentMeta, lineCount: number): BudgetDocument {
  return {
    file: meta.file,
    department: meta.department,
    year: meta.year,
    name: null,
    yearInText: null,
    lineCount,
    tables: [],
    summary: null,
    income: null,
    expenditure: null,
    projectExpenditure: null,
    procurement: null,
    fiscalSummary: null,
    generalExpenditure: null,
    generalBasic: null,
    govFund: null,
    stateCapital: null,
    sangong: null,
    purchaseServices: null,
    performance: null,
    projects: [],
    overallPerformance: null,
    transfers: [],
    absent: [],
    narrative: [],
    explanation: null,
    findings: [],
    unplaced: [],
    ignored: [],
  };
}
