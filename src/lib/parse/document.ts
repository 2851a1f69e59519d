import type { BudgetDocument } from '../model/schema.ts';
import { reconcileDocument } from '../reconcile/document.ts';
import { decode } from './decode.ts';
import { issue, type Issue, type Result } from './issues.ts';
import { normalizeLine } from './normalize.ts';
import { proseSection, yearInText } from './prose.ts';
import { segment, type Section, type TableSection } from './segment.ts';
import { TableContext } from './tables/context.ts';
import { parseTable } from './tables/index.ts';

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
  for (const section of sections) {
    if (section.type === 'prose') {
      const prose = proseSection(section);
      if (prose) doc.narrative.push(prose);
      continue;
    }
    const ctx = new TableContext(meta.file, section);
    contexts.push(ctx);
    parseTable(ctx, doc, section === lastTable && nothingAfter(sections, section));
    doc.tables.push({ line: section.line, kind: section.kind, title: section.title, unit: ctx.unit, endLine: ctx.endLine });
    issues.push(...ctx.issues);
    doc.unplaced.push(...ctx.unplaced);
  }
  doc.name = contexts.find((c) => c.deptName)?.deptName ?? doc.overallPerformance?.name ?? unitNamed(doc);
  doc.yearInText = yearInText(sections, contexts, doc);
  if (meta.year !== null && doc.yearInText && doc.yearInText.year !== meta.year) {
    issues.push(issue('year-mismatch', meta.file, doc.yearInText.line, `expected budget year ${meta.year} (from the file's path), found ${doc.yearInText.year} in the text`));
  }
  if (doc.year === null && doc.yearInText) doc.year = doc.yearInText.year;
  doc.findings = reconcileDocument(doc);
  doc.unplaced.sort((a, b) => a.line - b.line);
  const failed = issues.some((i) => i.severity === 'error');
  return { value: failed ? null : doc, issues };
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
    narrative: [],
    findings: [],
    unplaced: [],
  };
}
