import type { DocumentJson } from '../model/schema.ts';

export interface Figure {
  label: string;
  value: string | null;
  line: number | null;
  /** The glossary entry that explains the label (src/lib/site/glossary.ts). */
  term?: string;
}

/** The headline figures of a budget, each with the line it was printed on. */
export function headline(doc: DocumentJson): Figure[] {
  const s = doc.summary;
  const e = doc.expenditure;
  const out: Figure[] = [];
  if (s) {
    out.push({ label: '收入总计', value: s.incomeTotal, line: s.lines.incomeTotal ?? null });
    out.push({ label: '本年支出合计', value: s.expenditureThisYear, line: s.lines.expenditureThisYear ?? null });
    if (s.carryOver) out.push({ label: '上年结转结余', value: s.carryOver, line: s.lines.carryOver ?? null, term: 'carry-over' });
  }
  if (e) {
    out.push({ label: '基本支出', value: e.basic, line: e.totalLine, term: 'basic' });
    out.push({ label: '项目支出', value: e.project, line: e.totalLine, term: 'project' });
  }
  if (doc.sangong) out.push({ label: `“三公”经费${doc.sangong.year ? `（${doc.sangong.year}年）` : ''}`, value: doc.sangong.total, line: doc.sangong.line, term: 'sangong' });
  if (doc.procurement) out.push({ label: '政府采购', value: doc.procurement.total, line: doc.procurement.totalLine, term: 'procurement' });
  return out;
}

