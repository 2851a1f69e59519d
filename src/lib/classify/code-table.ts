/**
 * The shape of the code-name tables in `data/*.csv` and the one reader of them. The CSVs are the
 * data a person edits; `scripts/code-names.ts` turns them into `data/code-names.generated.ts` so
 * that the site, the build script (tsx) and the tests import the same rows without reading files.
 */

/** 支出功能分类, 部门预算支出经济分类 (3…), 政府预算支出经济分类 (5…). */
export type Classification = 'function' | 'dept-economic' | 'gov-economic';

/** 类 3 digits, 款 5, 项 7 (for the economic classifications, 7 digits is a Beijing refinement). */
export type Level = '类' | '款' | '项';

/**
 * Where a name comes from. `national`: the national 政府收支分类科目 list, not printed in any
 * document the project has read; `national+observed`: the national list, and printed with exactly
 * this name in real documents; `observed`: taken from real documents only (项 and Beijing
 * refinements, and the few 款 whose national name was not known independently).
 */
export type Source = 'national' | 'national+observed' | 'observed';

/** One row as the generated module holds it: code, name, source, other spellings seen in print. */
export type CodeRow = readonly [code: string, name: string, source: Source, printedAlsoAs?: readonly string[]];

export interface CodeEntry {
  classification: Classification;
  code: string;
  level: Level;
  name: string;
  source: Source;
  /** Spellings printed for this code besides `name`: cut-off cells, older names, ASCII brackets. */
  printedAlsoAs: readonly string[];
}

export const CSV_HEADER = 'code,name,source,printed_also_as';
const SOURCES: readonly Source[] = ['national', 'national+observed', 'observed'];
const LEADING_DIGIT: Record<Classification, string> = { function: '2', 'dept-economic': '3', 'gov-economic': '5' };

export function levelOf(code: string): Level | undefined {
  return code.length === 3 ? '类' : code.length === 5 ? '款' : code.length === 7 ? '项' : undefined;
}

/**
 * Reads one table (UTF-8, header `code,name,source,printed_also_as`, variants split by `;`).
 * Names hold no comma or quote, so a row is split on commas; anything else is an error with its
 * line, as are a duplicate code, a code of the wrong classification or length, and a 款 or 项
 * whose 类 or 款 is missing (a label could not carry its context).
 */
export function parseCodeTable(text: string, classification: Classification, file: string = classification): CodeRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0] !== CSV_HEADER) throw new Error(`${file}:1: header must be "${CSV_HEADER}"`);
  const rows: CodeRow[] = [];
  const seen = new Set<string>();
  lines.slice(1).forEach((line, i) => {
    const at = `${file}:${i + 2}`;
    if (line === '') return;
    if (line.includes('"')) throw new Error(`${at}: quotes are not supported`);
    const cells = line.split(',');
    if (cells.length !== 4) throw new Error(`${at}: expected 4 cells, found ${cells.length}`);
    const [code = '', name = '', source = '', also = ''] = cells;
    if (!/^\d+$/.test(code) || !levelOf(code) || code[0] !== LEADING_DIGIT[classification]) throw new Error(`${at}: "${code}" is not a ${classification} code`);
    if (seen.has(code)) throw new Error(`${at}: ${code} is listed twice`);
    if (name.trim() === '' || name !== name.trim()) throw new Error(`${at}: empty or padded name`);
    if (/[()]/.test(name)) throw new Error(`${at}: use full-width brackets （） in names`);
    if (!SOURCES.includes(source as Source)) throw new Error(`${at}: source must be one of ${SOURCES.join(', ')}`);
    seen.add(code);
    const variants = also === '' ? [] : also.split(';');
    rows.push(variants.length ? [code, name, source as Source, variants] : [code, name, source as Source]);
  });
  for (const [code] of rows) {
    // The 政府预算 economic table may lack a 类 name (see docs/code-names.md); its 款 still stand.
    const parents = [code.slice(0, 5), code.slice(0, 3)].filter((p) => p.length < code.length && !(classification === 'gov-economic' && p.length === 3));
    for (const p of parents) if (!seen.has(p)) throw new Error(`${file}: ${code} has no row for its parent ${p}`);
  }
  return rows;
}

export function toEntry(classification: Classification, [code, name, source, also]: CodeRow): CodeEntry {
  return { classification, code, level: levelOf(code) ?? '项', name, source, printedAlsoAs: also ?? [] };
}
