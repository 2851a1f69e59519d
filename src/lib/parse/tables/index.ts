import type { BudgetDocument } from '../../model/schema.ts';
import type { TableKind } from '../kinds.ts';
import type { TableContext } from './context.ts';
import { parseExpenditure } from './expenditure.ts';
import { parseGeneralBasic, parseGeneralExpenditure } from './general.ts';
import { parseOverallPerformance } from './overall.ts';
import { parsePerformance } from './performance.ts';
import { parseSangong } from './sangong.ts';
import { parseIncome, parseOtherFund, parseProcurement, parseProjectExpenditure, parsePurchaseServices } from './simple.ts';
import { parseSummary } from './summary.ts';
import { parseTransfer } from './transfer.ts';

type Parser = (ctx: TableContext, doc: BudgetDocument, isLast: boolean) => void;

/** Each kind of table and the slot of the document model it fills. */
const PARSERS: Record<TableKind, Parser> = {
  summary: (c, d) => void (d.summary = parseSummary(c)),
  fiscalSummary: (c, d) => void (d.fiscalSummary = parseSummary(c)),
  income: (c, d, last) => void (d.income = parseIncome(c, last)),
  expenditure: (c, d, last) => void (d.expenditure = parseExpenditure(c, last)),
  projectExpenditure: (c, d, last) => void (d.projectExpenditure = parseProjectExpenditure(c, last)),
  procurement: (c, d, last) => void (d.procurement = parseProcurement(c, last)),
  generalExpenditure: (c, d, last) => void (d.generalExpenditure = parseGeneralExpenditure(c, last)),
  generalBasic: (c, d, last) => void (d.generalBasic = parseGeneralBasic(c, last)),
  govFund: (c, d, last) => void (d.govFund = parseOtherFund(c, last)),
  stateCapital: (c, d, last) => void (d.stateCapital = parseOtherFund(c, last)),
  sangong: (c, d) => void (d.sangong = parseSangong(c)),
  purchaseServices: (c, d, last) => void (d.purchaseServices = parsePurchaseServices(c, last)),
  performance: (c, d) => {
    const p = parsePerformance(c);
    d.performance = p.table;
    d.projects = p.projects;
  },
  overallPerformance: (c, d) => void (d.overallPerformance = parseOverallPerformance(c)),
  transfer: (c, d) => {
    const t = parseTransfer(c);
    const previous = d.transfers[d.transfers.length - 1];
    // Without its own 转移支付名称 the table continues the one before (title repeated on a new page).
    if (t.name === null && previous) {
      previous.indicators.push(...t.indicators);
      previous.goal += t.goal;
    } else d.transfers.push(t);
  },
};

/** Parses one table section into its slot of the document model. */
export function parseTable(ctx: TableContext, doc: BudgetDocument, isLast: boolean): void {
  const kind = ctx.section.kind;
  // A document has one table of each kind, except transfer funds (one table per fund).
  const taken = kind === 'transfer' ? null : kind === 'performance' ? doc.performance : (doc as unknown as Record<string, unknown>)[kind];
  if (taken) {
    for (const row of ctx.body) if (row.cells.some((c) => c !== '')) ctx.unplace(row, `a second ${ctx.section.title.trim()} in one document`);
    return;
  }
  PARSERS[kind](ctx, doc, isLast);
}
