import { economicName, functionName } from '../classify/code-names.ts';
import type { Cell } from './csv.ts';

/** How a column is typed in datapackage.json (Frictionless Table Schema types). */
export type FieldType = 'string' | 'number' | 'integer' | 'boolean';

/** Where a column sits in the Fiscal Data Package model, if anywhere. */
export type Role =
  | { kind: 'measure'; direction?: 'expenditure' | 'revenue' }
  | { kind: 'dimension'; dimension: string; attribute: 'code' | 'label'; dimensionType: string; classificationType?: string };

export interface Column<R> {
  /** Stable ASCII key, used for names in datapackage.json. */
  key: string;
  /** Header as printed in the CSV (Chinese, with the unit for amounts). */
  name: string;
  /** The column's label as the document prints it, without the unit: the page's table header. */
  label: string;
  type: FieldType;
  description: string;
  role?: Role;
  value: (row: R) => Cell;
}

export interface CodeName {
  code: string;
  name: string;
}

const AMOUNT_UNIT = '万元';
const AMOUNT_NOTE = '单位：万元（1 万元 = 10,000 元人民币），与原文印刷位数一致，末尾的 0 可能省略；空值表示原文未填。';

export function text<R>(key: string, name: string, value: (r: R) => Cell, description = name): Column<R> {
  return { key, name, label: name, type: 'string', description, value };
}

export function integer<R>(key: string, name: string, value: (r: R) => Cell, description = name): Column<R> {
  return { key, name, label: name, type: 'integer', description, value };
}

/** An amount in 万元: the model's decimal string, never turned into a float. */
export function amount<R>(key: string, label: string, value: (r: R) => string | null | undefined, direction?: 'expenditure' | 'revenue'): Column<R> {
  return { key, name: `${label}（${AMOUNT_UNIT}）`, label, type: 'number', description: `${label}。${AMOUNT_NOTE}`, role: { kind: 'measure', direction }, value };
}

/** The source line every row carries, so each figure can be checked against the text. */
export function line<R extends { line: number | null }>(): Column<R> {
  return integer('line', '源文件行号', (r) => r.line, '该行在源文本文件中的行号（从 1 起）');
}

/** A printed "code-name" cell as two columns, declared as one dimension. */
export function codeName<R>(
  key: string,
  label: string,
  get: (r: R) => CodeName | null | undefined,
  dimensionType = 'classification',
  classificationType?: string,
): Column<R>[] {
  const dim = (attribute: 'code' | 'label'): Role => ({ kind: 'dimension', dimension: key, attribute, dimensionType, classificationType });
  return [
    { key: `${key}_code`, name: `${label}编码`, label: `${label}编码`, type: 'string', description: `${label}编码（文本，保留前导 0）`, role: dim('code'), value: (r) => get(r)?.code ?? null },
    { key: `${key}_name`, name: `${label}名称`, label: `${label}名称`, type: 'string', description: `${label}名称`, role: dim('label'), value: (r) => get(r)?.name ?? null },
  ];
}

/**
 * The names of the 类 (and, for the function classification, the 款) a printed code belongs to:
 * the tables print 项-level codes only, so a reader grouping rows by 类 or 款 needs the names the
 * national 政府收支分类科目 gives them (src/lib/classify). Added by this site, never printed in the
 * document; empty where the table does not hold the name (docs/code-names.md).
 */
export function classNames<R>(key: string, label: string, get: (r: R) => CodeName | null | undefined, levels: readonly ('类' | '款')[]): Column<R>[] {
  return levels.map((level) => {
    const length = level === '类' ? 3 : 5;
    const name = (code: string) => (code.length <= length ? undefined : code[0] === '2' ? functionName(code.slice(0, length)) : economicName(code.slice(0, length)));
    return text<R>(
      `${key}_${level === '类' ? 'class' : 'subclass'}_name`,
      `${label}${level}名称`,
      (r) => {
        const code = get(r)?.code;
        return (code && name(code)) || null;
      },
      `${label}编码前 ${length} 位（${level}）的名称，按国家《政府收支分类科目》补充，原文未印；名称表未收录时为空`,
    );
  });
}

/** An amount in 万元 that is not a budget figure (a check's stated, computed or difference value). */
export function checkedAmount<R>(key: string, label: string, value: (r: R) => string | null | undefined): Column<R> {
  const { role: _role, ...column } = amount(key, label, value);
  return column;
}

/** A yes/no column printed as 是/否 (declared with trueValues/falseValues in datapackage.json). */
export function yesNo<R>(key: string, name: string, value: (r: R) => boolean, description = name): Column<R> {
  return { key, name, label: name, type: 'boolean', description, value: (r) => (value(r) ? '是' : '否') };
}

/** The columns with these keys, in this order: a page table showing part of a CSV's columns. */
export function pickColumns<R>(columns: readonly Column<R>[], keys: readonly string[]): Column<R>[] {
  return keys.map((key) => columns.find((c) => c.key === key) ?? missingColumn(key));
}

function missingColumn(key: string): never {
  throw new Error(`no column ${key}`);
}
