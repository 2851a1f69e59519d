import type { FindingJson } from '../model/schema.ts';
import { checkedAmount, integer, text, yesNo } from './columns.ts';
import type { BudgetDocumentData } from './entry.ts';
import { defineTable } from './table.ts';

type FindingRow = FindingJson & { origin: string };

/** Both kinds of finding: within this document, and against the department's document. */
export const findingsTable = defineTable<BudgetDocumentData, FindingRow>({
  name: 'findings',
  title: '核对发现',
  description: '表内、表间核对的结果：原文所列数、据明细计算数及差额（多数是原文只印了合计、没有列出全部明细，并非错误）；也包括单位预算与所属部门预算的对照。',
  rows: (d) => [...d.findings.map((f) => ({ ...f, origin: '本文件' })), ...d.crossFindings.map((f) => ({ ...f, origin: '与部门预算对照' }))],
  columns: [
    text('origin', '来源', (f) => f.origin, '本文件内的核对，或本单位预算与所属部门预算的对照'),
    text('code', '代码', (f) => f.code, '核对类型代码'),
    text('table', '表', (f) => f.table),
    text('message', '说明', (f) => f.message),
    text('stated_label', '原文所列项', (f) => f.stated.label),
    checkedAmount('stated', '原文所列数', (f) => f.stated.value),
    integer('stated_line', '原文所列数行号', (f) => f.stated.line),
    text('computed_label', '计算项', (f) => f.computed.label),
    checkedAmount('computed', '计算数', (f) => f.computed.value),
    integer('computed_line', '计算数行号', (f) => f.computed.line, '计算所依据的行（可能在所属部门的文本中，见“计算项”）'),
    checkedAmount('difference', '差额', (f) => f.difference),
    yesNo('rounding', '在四舍五入范围内', (f) => f.rounding, '差额是否小于印刷位数的四舍五入误差'),
    text('lines', '涉及行号', (f) => f.lines.join(' '), '参与核对的所有行号，以空格分隔'),
    integer('line', '源文件行号', (f) => f.stated.line ?? f.lines[0] ?? null, '原文所列数所在行'),
  ],
});
