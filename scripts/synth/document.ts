import type { DocBudget, Line, Project } from './budget.js';
import { perfTable, sanGongOf, sanGongTable, servicesTable, type SanGong } from './perf.js';
import type { Rng } from './rng.js';
import { basicTable, emptyFundTables, generalBudget } from './tables-fiscal.js';
import { expenditure, fiscalIncomeExpenditure, income, incomeExpenditure, procurement, projectTable, totals, type Totals } from './tables.js';

export interface RenderedDoc {
  readonly text: string;
  readonly sanGong: SanGong;
}

/** One budget document in 000's layout: 13 tables, each framed by blank lines. */
export function renderDocument(b: DocBudget, previousSanGong: SanGong | null, rng: Rng): RenderedDoc {
  const t: Totals = totals(b);
  if (t.total !== [...t.byClass.values()].reduce((a: number, v: number): number => a + v, 0)) {
    throw new Error(`class totals do not add up for ${b.dept.code}/${b.year}`);
  }
  const place: string = b.dept.district ?? '本市';
  const fill = (s: string): string => s.replace(/\{Y\}/g, String(b.year)).replace(/\{D\}/g, place);
  const projectLines: Line[] = b.projects.flatMap((p: Project): Line[] => [...p.lines]);
  const sanGong: SanGong = sanGongOf(t);
  const text: string = '\n\n' + [
    incomeExpenditure(t),
    income(b, t),
    expenditure(b, t),
    projectTable(b, t, fill),
    procurement(t, projectLines),
    fiscalIncomeExpenditure(t),
    generalBudget(b),
    basicTable(b, t),
    emptyFundTables(),
    sanGongTable(b.year, sanGong, previousSanGong, rng),
    servicesTable(b, fill),
    perfTable(b, t, fill, rng),
  ].join('').replace(/\n+$/, '\n');
  return { text, sanGong };
}
