import type { BudgetDocument } from '../../model/schema.ts';
import type { TableContext } from './context.ts';
import { parseExpenditure } from './expenditure.ts';
import { parseGeneralBasic, parseGeneralExpenditure } from './general.ts';
import { parseOverallPerformance } from './overall.ts';
import { parsePerformance } from './performance.ts';
import { parseSangong } from './sangong.ts';
import { parseIncome, parseOtherFund, parseProcurement, parseProjectExpenditure, parsePurchaseServices } from './simple.ts';
import { parseSummary } from './summary.ts';

/** Parses one table section into its slot of the document model. */
export function parseTable(ctx: TableContext, doc: BudgetDocument, isLast: boolean): void {
  const kind = ctx.section.kind;
  const taken = kind === 'performance' ? doc.performance : (doc as unknown as Record<string, unknown>)[kind];
  if (taken) {
    for (const row of ctx.body) if (row.cells.some((c) => c !== '')) ctx.unplace(row, `a second ${ctx.section.title.trim()} in one document`);
    return;
  }
  switch (kind) {
    case 'summary':
      doc.summary = parseSummary(ctx);
      return;
    case 'fiscalSummary':
      doc.fiscalSummary = parseSummary(ctx);
      return;
    case 'income':
      doc.income = parseIncome(ctx, isLast);
      return;
    case 'expenditure':
      doc.expenditure = parseExpenditure(ctx, isLast);
      return;
    case 'projectExpenditure':
      doc.projectExpenditure = parseProjectExpenditure(ctx, isLast);
      return;
    case 'procurement':
      doc.procurement = parseProcurement(ctx, isLast);
      return;
    case 'generalExpenditure':
      doc.generalExpenditure = parseGeneralExpenditure(ctx, isLast);
      return;
    case 'generalBasic':
      doc.generalBasic = parseGeneralBasic(ctx, isLast);
      return;
    case 'govFund':
      doc.govFund = parseOtherFund(ctx, isLast);
      return;
    case 'stateCapital':
      doc.stateCapital = parseOtherFund(ctx, isLast);
      return;
    case 'sangong':
      doc.sangong = parseSangong(ctx);
      return;
    case 'purchaseServices':
      doc.purchaseServices = parsePurchaseServices(ctx, isLast);
      return;
    case 'performance': {
      const p = parsePerformance(ctx);
      doc.performance = p.table;
      doc.projects = p.projects;
      return;
    }
    case 'overallPerformance':
      doc.overallPerformance = parseOverallPerformance(ctx);
      return;
  }
}
