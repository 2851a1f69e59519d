import { labelKey, nonEmpty, isBlank, isFurniture } from '../normalize.ts';
import { isHeaderRow, type TableContext } from './context.ts';
import { isAmountCell } from './coded.ts';
import { sum, type Money } from '../../model/money.ts';

/**
 * “三公”经费: with or without a 年度 column (several years' rows), with or without a 小计 for
 * official vehicles, in 万元 or 元. The budget year's row is the latest year printed.
 */
export function parseSangong(ctx: TableContext) {
  const headers = ctx.body.filter((r) => isHeaderRow(r)).map((r) => nonEmpty(r.cells).map(labelKey));
  const hasYear = headers.some((h) => h.includes('年度'));
  const hasSubtotal = headers.some((h) => h.some((c, i) => c === '小计' && /购置费$/.test(h[i + 1] ?? '')));
  const years = [];
  for (const row of ctx.body) {
    if (isBlank(row) || isFurniture(row) || isHeaderRow(row)) continue;
    const first = row.cells.findIndex((c) => c !== '');
    let cells = row.cells.slice(first);
    let year: number | null = null;
    if (hasYear && /^(19|20)\d{2}$/.test(cells[0] ?? '')) {
      year = Number(cells[0]);
      cells = cells.slice(1);
    }
    // A year printed with every amount empty is a year without “三公” spending, not noise.
    if ((year === null && !cells.some(isAmountCell)) || cells.some((c) => c !== '' && !isAmountCell(c))) {
      ctx.unplace(row, 'expected a row of “三公” amounts');
      continue;
    }
    const a = (i: number, name: string): Money | null => ctx.amount(row, cells[i], name);
    const total = a(0, '“三公”经费合计');
    const abroad = a(1, '因公出国（境）费用');
    const reception = a(2, '公务接待费');
    const vehicleGiven = hasSubtotal ? a(3, '公务用车购置及运行维护费') : null;
    const vehiclePurchase = a(hasSubtotal ? 4 : 3, '公务用车购置费');
    const vehicleOperation = a(hasSubtotal ? 5 : 4, '公务用车运行维护费');
    const vehicle = hasSubtotal ? vehicleGiven : vehiclePurchase || vehicleOperation ? sum([vehiclePurchase, vehicleOperation]) : null;
    years.push({ line: row.line, year, total, abroad, reception, vehicle, vehiclePurchase, vehicleOperation });
  }
  const budget = years.reduce<(typeof years)[number] | null>((best, y) => (!best || (y.year ?? 0) >= (best.year ?? 0) ? y : best), null);
  return {
    line: budget?.line ?? ctx.section.line,
    year: budget?.year ?? null,
    total: budget?.total ?? null,
    printedIn: ctx.unit,
    years,
  };
}
