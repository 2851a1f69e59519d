import type { BudgetDocument } from '../../model/schema.ts';
import type { TableKind } from '../kinds.ts';
import { isBlank, isFurniture } from '../normalize.ts';
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
  performance: (c, d, last) => {
    const p = parsePerformance(c);
    d.performance = p.table;
    d.projects = p.projects;
    if (last && p.projects.length === 0 && p.table.uncoded.length === 0) endsAtHeader(c);
  },
  overallPerformance: (c, d, last) => {
    d.overallPerformance = parseOverallPerformance(c);
    if (last && d.overallPerformance.indicators.length === 0) endsAtHeader(c);
  },
  transfer: (c, d, last) => {
    const t = parseTransfer(c);
    if (last && t.indicators.length === 0) endsAtHeader(c);
    const previous = d.transfers[d.transfers.length - 1];
    // Without its own 转移支付名称 the table continues the one before (title repeated on a new page).
    if (t.name === null && previous) {
      previous.indicators.push(...t.indicators);
      previous.goal += t.goal;
    } else d.transfers.push(t);
  },
};

/**
 * A table of targets that ends the file with its header and no row. Documents lawfully print such
 * tables empty (military-civilian-integration-office's 部门整体支出绩效目标表 ends its document
 * that way, as its PDF shows), but a file cut off after the header reads the same: the text cannot
 * tell, so a warning asks a person to compare with the PDF rather than staying silent.
 */
function endsAtHeader(ctx: TableContext): void {
  // A title with nothing at all under it is already an empty-table error.
  if (!ctx.body.some((r) => !isBlank(r) && !isFurniture(r))) return;
  ctx.report('ends-at-header', ctx.endLine, `expected the rows of ${ctx.section.title.trim()} after its header, found the end of the file: printed empty, or the document cut off? (compare with the published PDF)`);
}

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
