import { codeName, type TableContext } from './context.ts';
import { findCell, isAmountCell, parseCoded, tableOf, type CodedSpec } from './coded.ts';
import { FUNCTION_CODE, FUNCTION_CODE_NAME } from './codes.ts';

// 一般公共预算（财政拨款）支出表: function class rows, with or without a unit column, and in a
// consolidated document several units' blocks one after another, without the units' names.
const GENERAL = ['合计', '基本支出', '人员经费', '公用经费', '项目支出', '扣除基建项目后预算数'] as const;

const generalSpec: CodedSpec = {
  columns: GENERAL,
  anchor(cells) {
    const i = cells.findIndex((c, k) => FUNCTION_CODE.test(c) && !!cells[k + 1] && !isAmountCell(cells[k + 1]));
    if (i >= 0) return { labels: [...unitBefore(cells, i), `${cells[i]}-${cells[i + 1]}`], amountStart: i + 2 };
    const joined = findCell(cells, FUNCTION_CODE_NAME);
    return joined >= 0 ? { labels: [...unitBefore(cells, joined), cells[joined]!], amountStart: joined + 1 } : null;
  },
};

function unitBefore(cells: readonly string[], i: number): string[] {
  const prev = cells.slice(0, i).filter((c) => c !== '');
  return prev.length ? [prev[prev.length - 1]!] : [];
}

export function parseGeneralExpenditure(ctx: TableContext, last: boolean) {
  const t = parseCoded(ctx, generalSpec, last);
  let block = 0;
  let prev: { code: string; unit: string } | null = null;
  const rows = t.rows.map((r) => {
    const fn = codeName(r.labels[r.labels.length - 1]);
    const unit = r.labels.length > 1 ? r.labels[0]! : '';
    // A new unit opens the next block; without a unit column, so does a restart of the
    // ascending function codes.
    if (prev && (unit ? unit !== prev.unit : (fn?.code ?? '') <= prev.code)) block++;
    prev = { code: fn?.code ?? '', unit };
    return {
      line: r.line,
      unit: unit ? codeName(unit) : null,
      block,
      function: fn,
      total: r.amounts[0] ?? null,
      basic: r.amounts[1] ?? null,
      personnel: r.amounts[2] ?? null,
      public: r.amounts[3] ?? null,
      project: r.amounts[4] ?? null,
    };
  });
  return { ...tableOf(t, GENERAL, rows), blocks: rows.length ? block + 1 : 0 };
}

// 一般公共预算（财政拨款）基本支出表: government × department economic class.
const BASIC = ['合计', '人员经费', '公用经费'] as const;
const basicSpec: CodedSpec = {
  columns: BASIC,
  anchor(cells) {
    const i = findCell(cells, /^5\d{4}-/);
    if (i >= 0 && /^3\d{4,6}-/.test(cells[i + 1] ?? '')) return { labels: [cells[i]!, cells[i + 1]!], amountStart: i + 2 };
    const j = findCell(cells, /^3\d{4,6}-/);
    return j >= 0 ? { labels: [cells[j]!], amountStart: j + 1 } : null;
  },
};

export function parseGeneralBasic(ctx: TableContext, last: boolean) {
  const t = parseCoded(ctx, basicSpec, last);
  return tableOf(
    t,
    BASIC,
    t.rows.map((r) => ({
      line: r.line,
      govEconomic: r.labels.length > 1 ? codeName(r.labels[0]) : null,
      deptEconomic: codeName(r.labels[r.labels.length - 1]),
      total: r.amounts[0] ?? null,
      personnel: r.amounts[1] ?? null,
      public: r.amounts[2] ?? null,
    })),
  );
}
