import { codeName, type TableContext } from './context.ts';
import { findCell, parseCoded, tableOf, type CodedSpec } from './coded.ts';
import { FUNCTION_CODE_NAME } from './codes.ts';

// 支出总表 / 支出预算总表: function × government-economic × department-economic class.
const COLUMNS = ['合计', '基本支出', '项目支出', '事业单位经营支出', '上缴上级支出', '对附属单位补助支出'] as const;

const spec: CodedSpec = {
  columns: COLUMNS,
  anchor(cells) {
    const i = findCell(cells, FUNCTION_CODE_NAME);
    if (i < 0) return null;
    // Economic classes follow when printed; a row may carry only the function class.
    let end = i + 1;
    while (end < i + 3 && /^[35]\d{4,6}-/.test(cells[end] ?? '')) end++;
    return { labels: cells.slice(i, end), amountStart: end };
  },
};

export function parseExpenditure(ctx: TableContext, last: boolean) {
  const t = parseCoded(ctx, spec, last);
  const rows = t.rows.map((r) => {
    const econ = r.labels.slice(1);
    return {
      line: r.line,
      function: codeName(r.labels[0]),
      govEconomic: codeName(econ.find((l) => l.startsWith('5'))),
      deptEconomic: codeName(econ.find((l) => l.startsWith('3'))),
      total: r.amounts[0] ?? null,
      basic: r.amounts[1] ?? null,
      project: r.amounts[2] ?? null,
    };
  });
  return { ...tableOf(t, COLUMNS, rows), basic: t.total?.[1] ?? null, project: t.total?.[2] ?? null };
}
