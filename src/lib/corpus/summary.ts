import { z } from 'zod';
import { Decimal, sum } from '../model/money.ts';
import type { BudgetDocument } from '../model/schema.ts';

const amount = z.string().nullable();

/**
 * What the corpus needs to know of a document without holding its model: totals, projects,
 * and the 一般公共预算 blocks that consolidation compares. Small enough for 10,000 documents.
 */
export const docSummarySchema = z.object({
  id: z.string(),
  department: z.string(),
  year: z.number().int(),
  file: z.string(),
  name: z.string().nullable(),
  lineCount: z.number().int(),
  /** 本年支出合计 of 收支总表, else the 支出总表 合计. */
  total: amount,
  totalLine: z.number().int().nullable(),
  incomeTotal: amount,
  basic: amount,
  project: amount,
  expenditureLine: z.number().int().nullable(),
  projects: z.array(z.object({ code: z.string(), name: z.string(), total: amount, line: z.number().int() })),
  general: z.object({
    total: amount,
    totalLine: z.number().int().nullable(),
    blocks: z.array(z.object({ signature: z.string(), total: z.string(), firstLine: z.number().int(), lastLine: z.number().int() })),
  }),
  findings: z.number().int(),
  unplaced: z.number().int(),
  /** The file of its 情况说明 (`explanation`), which has a source page of its own; null without one. */
  explanationFile: z.string().nullable(),
  /** The files under /data/<dept>/<year>/ with their data rows, so the data index reads no model. */
  files: z.array(z.object({ file: z.string(), rows: z.number().int().nullable() })),
});
export type FileCount = DocSummary['files'][number];
export type DocSummary = z.output<typeof docSummarySchema>;

/** Summarises the Decimal model: amounts become the same decimal strings as in its JSON. */
export function summarize(doc: BudgetDocument): Omit<DocSummary, 'files'> {
  const m = (v: Decimal | null | undefined) => (v ? v.toFixed() : null);
  const s = doc.summary;
  const e = doc.expenditure;
  const g = doc.generalExpenditure;
  const blocks = new Map<number, NonNullable<typeof g>['rows']>();
  for (const r of g?.rows ?? []) blocks.set(r.block, [...(blocks.get(r.block) ?? []), r]);
  return {
    id: `${doc.department}/${doc.year}`,
    department: doc.department!,
    year: doc.year!,
    file: doc.file,
    name: doc.name,
    lineCount: doc.lineCount,
    total: m(s?.expenditureThisYear ?? e?.total),
    totalLine: s?.expenditureThisYear ? (s.lines.expenditureThisYear ?? null) : (e?.totalLine ?? null),
    incomeTotal: m(s?.incomeTotal),
    basic: m(e?.basic),
    project: m(e?.project),
    expenditureLine: e?.totalLine ?? null,
    projects: doc.projects.map((p) => ({ code: p.code, name: p.name, total: m(p.total), line: p.line })),
    general: {
      total: m(g?.total),
      totalLine: g?.totalLine ?? null,
      blocks: [...blocks.values()].map((rows) => ({
        signature: rows.map((r) => `${r.function?.code}:${m(r.total)}`).join('|'),
        total: sum(rows.map((r) => r.total)).toFixed(),
        firstLine: rows[0]!.line,
        lastLine: rows[rows.length - 1]!.line,
      })),
    },
    findings: doc.findings.length,
    unplaced: doc.unplaced.length,
    explanationFile: doc.explanation?.file ?? null,
  };
}
