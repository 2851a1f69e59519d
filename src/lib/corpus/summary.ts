import { z } from 'zod';
import { Decimal, sum } from '../model/money.ts';
import type { DocumentJson } from '../model/schema.ts';

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
});
export type DocSummary = z.output<typeof docSummarySchema>;

export function summarize(doc: DocumentJson): DocSummary {
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
    total: s?.expenditureThisYear ?? e?.total ?? null,
    totalLine: s?.expenditureThisYear ? (s.lines.expenditureThisYear ?? null) : (e?.totalLine ?? null),
    incomeTotal: s?.incomeTotal ?? null,
    basic: e?.basic ?? null,
    project: e?.project ?? null,
    expenditureLine: e?.totalLine ?? null,
    projects: doc.projects.map((p) => ({ code: p.code, name: p.name, total: p.total, line: p.line })),
    general: {
      total: g?.total ?? null,
      totalLine: g?.totalLine ?? null,
      blocks: [...blocks.values()].map((rows) => ({
        signature: rows.map((r) => `${r.function?.code}:${r.total}`).join('|'),
        total: sum(rows.map((r) => (r.total ? new Decimal(r.total) : null))).toFixed(),
        firstLine: rows[0]!.line,
        lastLine: rows[rows.length - 1]!.line,
      })),
    },
    findings: doc.findings.length,
    unplaced: doc.unplaced.length,
  };
}
