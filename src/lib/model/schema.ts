import { z } from 'zod';
import { Decimal } from './money.ts';

/**
 * One schema, two money representations: Decimal inside the pipeline, decimal strings
 * (万元, no separators) in JSON, CSV and the content collections.
 */
export function makeSchemas<M extends z.ZodTypeAny>(money: M) {
  const amount = money.nullable();
  const at = z.object({ line: z.number().int() });

  const summaryItem = at.extend({ label: z.string(), amount });
  const summary = at.extend({
    incomeTotal: amount,
    expenditureTotal: amount,
    incomeThisYear: amount,
    expenditureThisYear: amount,
    carryOver: amount,
    carryForward: amount,
    income: z.array(summaryItem),
    expenditure: z.array(summaryItem),
    lines: z.record(z.string(), z.number()),
  });

  const codeName = z.object({ code: z.string(), name: z.string() }).nullable();
  const expenditureRow = at.extend({
    function: codeName,
    govEconomic: codeName,
    deptEconomic: codeName,
    total: amount,
    basic: amount,
    project: amount,
  });
  const moneyTable = at.extend({ total: amount, totalLine: z.number().int().nullable(), columns: z.record(z.string(), amount) });

  const expenditure = moneyTable.extend({ basic: amount, project: amount, rows: z.array(expenditureRow) });

  const generalRow = at.extend({
    unit: codeName,
    block: z.number().int(),
    function: codeName,
    total: amount,
    basic: amount,
    personnel: amount,
    public: amount,
    project: amount,
  });
  const generalExpenditure = moneyTable.extend({ blocks: z.number().int(), rows: z.array(generalRow) });

  const basicRow = at.extend({ govEconomic: codeName, deptEconomic: codeName, total: amount, personnel: amount, public: amount });
  const generalBasic = moneyTable.extend({ rows: z.array(basicRow) });

  const projectLine = at.extend({
    unit: codeName,
    type: z.string().nullable(),
    name: z.string(),
    function: codeName,
    govEconomic: codeName,
    deptEconomic: codeName,
    total: amount,
  });
  const projectExpenditure = moneyTable.extend({ rows: z.array(projectLine) });

  const labelled = at.extend({ label: z.string(), amount });
  const procurement = moneyTable.extend({ rows: z.array(labelled) });
  const purchaseServices = moneyTable.extend({ rows: z.array(at.extend({ labels: z.array(z.string()), amount })) });
  const otherFund = moneyTable.extend({ rows: z.array(at.extend({ labels: z.array(z.string()), total: amount })) });

  const sangongYear = at.extend({
    year: z.number().int().nullable(),
    total: amount,
    abroad: amount,
    reception: amount,
    vehicle: amount,
    vehiclePurchase: amount,
    vehicleOperation: amount,
  });
  const sangong = at.extend({ year: z.number().int().nullable(), total: amount, printedIn: z.enum(['万元', '元']), years: z.array(sangongYear) });

  const income = moneyTable.extend({ rows: z.array(at.extend({ unit: codeName, total: amount, columns: z.record(z.string(), amount) })) });

  const indicator = at.extend({
    level1: z.string(),
    level2: z.string(),
    level3: z.string(),
    operator: z.string(),
    value: z.string(),
    unit: z.string(),
    direction: z.string().nullable(),
  });
  const project = at.extend({
    code: z.string(),
    printedCode: z.string(),
    name: z.string(),
    unit: codeName,
    category: z.string().nullable(),
    leader: z.string().nullable(),
    phone: z.string().nullable(),
    total: amount,
    fiscal: amount,
    other: amount,
    goal: z.string(),
    indicators: z.array(indicator),
    /** Every line the project's header was printed on (repeats at page breaks). */
    headerLines: z.array(z.number().int()),
    /** 项目总额 sub-rows of one 项目名称 cell, when it has several; total is their sum. */
    subTotals: z.array(at.extend({ amount, fiscal: amount, other: amount })),
    /**
     * Indicator rows at a page foot that the text does not give to this project or to its
     * neighbour (`other`: a project code, or the name of a row without one); see foot-rows.ts.
     */
    openRows: z.array(z.object({ from: z.number().int(), to: z.number().int(), other: z.string(), read: z.enum(['here', 'there', 'split']) })),
  });
  /** Rows printed with a category or name but without a project code. */
  const uncodedRow = at.extend({ name: z.string(), total: amount, fiscal: amount, other: amount, goal: z.string(), indicators: z.array(indicator) });
  const performance = at.extend({ total: amount, totalLine: z.number().int().nullable(), uncoded: z.array(uncodedRow) });

  const overallPerformance = at.extend({
    name: z.string().nullable(),
    funds: z.record(z.string(), amount),
    goal: z.string(),
    notes: z.string(),
    indicators: z.array(indicator.extend({ activity: z.string() })),
  });

  const prose = at.extend({ kind: z.string(), heading: z.string().nullable(), paragraphs: z.array(at.extend({ text: z.string() })) });

  /**
   * The department's own 情况说明, read from its own file (`<year>.narrative.txt`): sections in
   * document order, level 0 a part (第一部分) or the cover, 1 a `一、` heading, 2 a `（一）`
   * heading. Every line of that file is in one of its ranges, a page number, a figure caption
   * or the 目录 (parse/narrative).
   */
  const span = at.extend({ endLine: z.number().int() });
  const narrativeSection = span.extend({
    level: z.number().int().min(0).max(2),
    kind: z.string(),
    heading: z.string().nullable(),
    paragraphs: z.array(span.extend({ text: z.string() })),
  });
  const tocEntry = at.extend({ number: z.number().int().nullable(), title: z.string() });
  const toc = span.extend({
    parts: z.array(at.extend({ number: z.number().int().nullable(), title: z.string(), kind: z.string(), entries: z.array(tocEntry) })),
    /** The tables the 目录 announces (its 报表 part), to compare with the tables the document prints. */
    tables: z.array(tocEntry),
  });
  const explanation = z.object({
    file: z.string(),
    lineCount: z.number().int(),
    yearInText: z.object({ year: z.number().int(), line: z.number().int() }).nullable(),
    toc: toc.nullable(),
    sections: z.array(narrativeSection),
    pageNumbers: z.array(z.number().int()),
    /** Lines that carry no text of the 情况说明 itself: captions of figures the text does not hold. */
    furniture: z.array(at.extend({ text: z.string(), reason: z.string() })),
  });

  const figure = z.object({ value: amount, line: z.number().int().nullable(), label: z.string() });
  const finding = z.object({
    code: z.string(),
    table: z.string(),
    message: z.string(),
    stated: figure,
    computed: figure,
    difference: money,
    rounding: z.boolean(),
    lines: z.array(z.number().int()),
  });

  const table = at.extend({ kind: z.string(), title: z.string(), unit: z.enum(['万元', '元']), endLine: z.number().int() });
  const unplaced = at.extend({ text: z.string(), reason: z.string() });
  /** 转移支付绩效目标表: performance targets of transfer funds to the districts. */
  const transfer = at.extend({
    title: z.string(),
    name: z.string().nullable(),
    department: z.string().nullable(),
    total: amount,
    totalLine: z.number().int().nullable(),
    funds: z.record(z.string(), amount),
    goal: z.string(),
    indicators: z.array(indicator),
  });

  const document = z.object({
    file: z.string(),
    department: z.string().nullable(),
    year: z.number().int().nullable(),
    name: z.string().nullable(),
    yearInText: z.object({ year: z.number().int(), line: z.number().int() }).nullable(),
    lineCount: z.number().int(),
    tables: z.array(table),
    summary: summary.nullable(),
    income: income.nullable(),
    expenditure: expenditure.nullable(),
    projectExpenditure: projectExpenditure.nullable(),
    procurement: procurement.nullable(),
    fiscalSummary: summary.nullable(),
    generalExpenditure: generalExpenditure.nullable(),
    generalBasic: generalBasic.nullable(),
    govFund: otherFund.nullable(),
    stateCapital: otherFund.nullable(),
    sangong: sangong.nullable(),
    purchaseServices: purchaseServices.nullable(),
    performance: performance.nullable(),
    projects: z.array(project),
    overallPerformance: overallPerformance.nullable(),
    transfers: z.array(transfer),
    /** Kinds of the standard set of tables that this document does not print. */
    absent: z.array(z.string()),
    narrative: z.array(prose),
    /** The 情况说明 from the document's own narrative file, when the content has one. */
    explanation: explanation.nullable(),
    findings: z.array(finding),
    unplaced: z.array(unplaced),
    /** Lines recognised as carrying no figure of their own: cells redrawn at a page break, markup residue. */
    ignored: z.array(unplaced),
  });
  return { document, project, indicator, finding, summary, expenditure, explanation };
}

const decimal = z.custom<Decimal>((v) => Decimal.isDecimal(v), 'expected a Decimal');
/** Schemas of the model as the parser builds it: amounts are Decimals. */
export const decimalSchemas = makeSchemas(decimal);
/** Schemas of the model as stored and published: amounts are decimal strings. */
export const jsonSchemas = makeSchemas(z.string().regex(/^-?\d+(\.\d+)?$/));

export type BudgetDocument = z.output<typeof decimalSchemas.document>;
export type Project = z.output<typeof decimalSchemas.project>;
export type Indicator = z.output<typeof decimalSchemas.indicator>;
export type Finding = z.output<typeof decimalSchemas.finding>;
export type Explanation = z.output<typeof decimalSchemas.explanation>;
export type NarrativeSection = Explanation['sections'][number];
export type Summary = z.output<typeof decimalSchemas.summary>;
export type DocumentJson = z.output<typeof jsonSchemas.document>;
export type ProjectJson = z.output<typeof jsonSchemas.project>;
export type FindingJson = z.output<typeof jsonSchemas.finding>;
