import { codeName, type TableContext } from './context.ts';
import { findCell, isAmountCell, parseCoded, tableOf, type CodedSpec } from './coded.ts';
import { FUNCTION_CODE, FUNCTION_CODE_NAME } from './codes.ts';

// 项目支出表: one row per project × economic class; a project spans several rows.
const PROJECT = ['合计', '一般公共预算', '政府性基金预算', '国有资本经营预算', '结转一般公共预算', '结转政府性基金预算', '结转国有资本经营预算', '财政专户管理资金', '单位资金'] as const;
const projectSpec: CodedSpec = {
  columns: PROJECT,
  anchor(cells) {
    const f = findCell(cells, FUNCTION_CODE_NAME);
    if (f < 1) return null;
    return { labels: cells.slice(0, f + 3).filter((c) => c !== ''), amountStart: f + 3 };
  },
};

export function parseProjectExpenditure(ctx: TableContext, last: boolean) {
  const t = parseCoded(ctx, projectSpec, last);
  return tableOf(
    t,
    PROJECT,
    t.rows.map((r) => {
      const f = r.labels.findIndex((l) => FUNCTION_CODE_NAME.test(l));
      const before = r.labels.slice(0, f);
      const type = before.find((l) => /^\d{2}-\D/.test(l)) ?? null;
      const unit = before.find((l) => /^\d{3,}-/.test(l) && l !== type) ?? null;
      // The two economic classifications are printed "code-name"; an amount there (seed
      // dongcheng 2024 prints "1422.53" as a 部门经济分类) is kept as printed, and said.
      for (const [label, cell] of [['政府经济分类', r.labels[f + 1]], ['部门经济分类', r.labels[f + 2]]] as const)
        if (cell !== undefined && isAmountCell(cell)) ctx.report('amount-as-code', r.line, `expected a ${label} "code-name" in ${ctx.section.title.trim()}, found the amount "${cell}"; shown as printed`);
      return {
        line: r.line,
        unit: codeName(unit ?? undefined),
        type,
        name: before[before.length - 1] ?? '',
        function: codeName(r.labels[f]),
        govEconomic: codeName(r.labels[f + 1]),
        deptEconomic: codeName(r.labels[f + 2]),
        total: r.amounts[0] ?? null,
      };
    }),
  );
}

/** Rows whose last non-empty cell is the amount and whose other cells are labels. */
const trailingAmount: CodedSpec = {
  columns: ['金额'],
  anchor(cells) {
    let end = cells.length;
    while (end > 0 && cells[end - 1] === '') end--;
    if (end < 2 || !isAmountCell(cells[end - 1])) return null;
    const labels = cells.slice(0, end - 1).filter((c) => c !== '');
    if (labels.length === 0 || labels.some((l) => isAmountCell(l))) return null;
    return { labels, amountStart: end - 1 };
  },
};

// 政府采购预算明细表: "A-货物 | 19.040000".
export function parseProcurement(ctx: TableContext, last: boolean) {
  const t = parseCoded(ctx, trailingAmount, last);
  return tableOf(t, ['金额'], t.rows.map((r) => ({ line: r.line, label: r.labels.join(' '), amount: r.amounts[0] ?? null })));
}

// 政府购买服务明细表: 指导性目录 一级/二级/三级 (and 项目名称, 服务领域 where printed) → amount.
export function parsePurchaseServices(ctx: TableContext, last: boolean) {
  const t = parseCoded(ctx, trailingAmount, last);
  return tableOf(t, ['金额'], t.rows.map((r) => ({ line: r.line, labels: r.labels, amount: r.amounts[0] ?? null })));
}

// 政府性基金 / 国有资本经营 tables: usually only an empty 合计 row.
const FUND = ['合计', '基本支出', '项目支出'] as const;
const fundSpec: CodedSpec = {
  columns: FUND,
  anchor(cells) {
    const i = cells.findIndex((c) => FUNCTION_CODE.test(c) || FUNCTION_CODE_NAME.test(c));
    if (i < 0) return null;
    let end = i + 1;
    while (end < cells.length && cells[end] !== '' && !isAmountCell(cells[end])) end++;
    return { labels: cells.slice(i, end), amountStart: end };
  },
};

export function parseOtherFund(ctx: TableContext, last: boolean) {
  const t = parseCoded(ctx, fundSpec, last);
  return tableOf(t, FUND, t.rows.map((r) => ({ line: r.line, labels: r.labels, total: r.amounts[0] ?? null })));
}

// 收入总表: with or without the unit code/name columns; without them the only row is the total.
const INCOME = ['合计', '本年收入小计', '一般公共预算资金', '政府性基金预算资金', '国有资本经营预算资金', '财政专户管理资金', '事业收入', '事业单位经营收入', '上级补助收入', '附属单位上缴收入', '其他收入', '上年结转结余小计', '结转一般公共预算资金', '结转政府性基金预算资金', '结转国有资本经营预算资金', '结转财政专户管理资金', '单位资金'] as const;
const incomeSpec: CodedSpec = {
  columns: INCOME,
  optionalTotal: true,
  anchor(cells) {
    const i = findCell(cells, /^\d{3,}$/);
    if (i >= 0 && cells[i + 1] && !isAmountCell(cells[i + 1])) return { labels: [`${cells[i]}-${cells[i + 1]}`], amountStart: i + 2 };
    const first = cells.findIndex((c) => c !== '');
    if (first >= 0 && cells.slice(first).every((c) => c === '' || isAmountCell(c))) return { labels: [], amountStart: first };
    return null;
  },
};

export function parseIncome(ctx: TableContext, last: boolean) {
  const t = parseCoded(ctx, incomeSpec, last);
  const rows = t.rows.map((r) => ({
    line: r.line,
    unit: r.labels.length ? codeName(r.labels[0]) : null,
    total: r.amounts[0] ?? null,
    columns: tableOf({ ...t, total: r.amounts }, INCOME, []).columns,
  }));
  // Without unit columns the single unlabelled row is the document's total.
  const unlabelled = !t.total && rows.length === 1 && !rows[0]!.unit ? rows[0]! : null;
  return {
    line: t.line,
    total: t.total?.[0] ?? unlabelled?.total ?? null,
    totalLine: t.totalLine ?? unlabelled?.line ?? null,
    columns: unlabelled ? unlabelled.columns : tableOf(t, INCOME, []).columns,
    rows: unlabelled ? [] : rows,
  };
}
