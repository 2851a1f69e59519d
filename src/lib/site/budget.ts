import { moneyOrNull } from '../model/money.ts';
import { summaryTotalLabel } from '../model/summary-totals.ts';
import type { DocumentJson } from '../model/schema.ts';

export interface HeadlineFigure {
  label: string;
  value: string | null;
  line: number | null;
  /** The glossary entry that explains the label (src/lib/site/glossary.ts). */
  term?: string;
}

/** The headline figures of a budget, each with the line it was printed on. */
export function headline(doc: DocumentJson): HeadlineFigure[] {
  const s = doc.summary;
  const e = doc.expenditure;
  const out: HeadlineFigure[] = [];
  if (s) {
    out.push({ label: summaryTotalLabel('incomeTotal'), value: s.incomeTotal, line: s.lines.incomeTotal ?? null });
    out.push({ label: summaryTotalLabel('expenditureThisYear'), value: s.expenditureThisYear, line: s.lines.expenditureThisYear ?? null });
    if (s.carryOver) out.push({ label: summaryTotalLabel('carryOver'), value: s.carryOver, line: s.lines.carryOver ?? null, term: 'carry-over' });
  }
  if (e) {
    out.push({ label: '基本支出', value: e.basic, line: e.totalLine, term: 'basic' });
    out.push({ label: '项目支出', value: e.project, line: e.totalLine, term: 'project' });
  }
  if (doc.sangong) out.push({ label: `“三公”经费${doc.sangong.year ? `（${doc.sangong.year}年）` : ''}`, value: doc.sangong.total, line: doc.sangong.line, term: 'sangong' });
  if (doc.procurement) out.push({ label: '政府采购', value: doc.procurement.total, line: doc.procurement.totalLine, term: 'procurement' });
  return out;
}


/** One entry of a budget page's contents. */
export interface ContentsEntry {
  id: string;
  label: string;
  /** Entries inside this one (the parts of the 情况说明). */
  children?: ContentsEntry[];
}

/**
 * The contents at the top of a budget page: the sections the page has for this document, in page
 * order (ids as the page sets them).
 */
export function budgetContents(
  doc: DocumentJson,
  has: { functionTrees: boolean; economicTrees: boolean; projectTree: boolean; narrative: boolean; explanation?: readonly ContentsEntry[] },
): ContentsEntry[] {
  const entries: (ContentsEntry | false)[] = [
    { id: 'summary', label: '收支总览' },
    { id: 'findings', label: '明细与合计核对' },
    has.functionTrees && { id: 'by-function', label: '钱花在哪里（功能分类）' },
    has.economicTrees && { id: 'by-economic', label: '钱怎么花（经济分类）' },
    has.projectTree && { id: 'by-project', label: '按项目' },
    !!doc.sangong && { id: 'sangong', label: '“三公”经费' },
    !!doc.procurement && { id: 'procurement', label: '政府采购' },
    !!doc.purchaseServices && { id: 'services', label: '政府购买服务' },
    doc.projects.length > 0 && { id: 'projects', label: `全部项目（${doc.projects.length}）` },
    !!has.explanation?.length && { id: 'explanation', label: '部门预算情况说明', children: [...has.explanation] },
    has.narrative && { id: 'narrative', label: '部门概况与预算说明' },
  ];
  return entries.filter((e): e is ContentsEntry => e !== false);
}

/** Projects largest first (a project without a printed total last), then in document order. */
export function projectsBySize<P extends { total: string | null; line: number }>(projects: readonly P[]): P[] {
  const value = (p: P) => moneyOrNull(p.total);
  return [...projects].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === vb ? a.line - b.line : va === null ? 1 : -1;
    return vb.comparedTo(va) || a.line - b.line;
  });
}
