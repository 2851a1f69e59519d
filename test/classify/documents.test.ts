// Every code the documents print has a name: the 类 and 款 of each function code (the 支出总表 and
// 一般公共预算/政府性基金 tables start their rows with one, as `2010350-事业运行` or `20598<TAB>…`),
// the function code itself, and each economic code. Reads content/** and, when it is on this
// machine, the real 2026 budgets in ../shared/real/content. A miss is reported as file:line.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeEntry, functionName } from '../../src/lib/classify/code-names.ts';

const REAL = '../shared/real/content';

function documents(root: string): string[] {
  return readdirSync(root).flatMap((name) => {
    const path = join(root, name);
    return statSync(path).isDirectory() ? documents(path) : /^\d{4}\.txt$/.test(name) ? [path] : [];
  });
}

interface Printed {
  code: string;
  name: string;
  at: string;
}

/**
 * A code of 3, 5 or 7 digits and its name: `code-name` in any cell, or code and name as the first
 * two cells of a row (a figure and its unit inside an indicator row are neither).
 */
const CODE_CELL = /(?:^|\t)([235]\d{2}(?:\d{2}){0,2})-([\u3400-\u9fff][^\t]*)|^\t*([235]\d{2}(?:\d{2}){0,2})\t([\u3400-\u9fff][^\t]*)/g;

function printedCodes(files: string[]): Printed[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8').split(/\r?\n/).flatMap((line, i) => [...line.matchAll(CODE_CELL)].map((m) => ({ code: m[1] ?? m[3] ?? '', name: m[2] ?? m[4] ?? '', at: `${file}:${i + 1}` }))),
  );
}

/** Printed cells that look like codes but are not codes of the classifications. */
const NOT_CODES = new Set(['3339939']); // a department-code fragment before 北京市市场监督管理局

function missing(printed: Printed[]): string[] {
  return printed.flatMap(({ code, name, at }) => {
    if (NOT_CODES.has(code)) return [];
    if (!code.startsWith('2')) return codeEntry(code) ? [] : [`${at}: ${code} ${name}`];
    const wanted = [code.slice(0, 3), code.slice(0, 5), code].filter((c, i, all) => all.indexOf(c) === i);
    return wanted.filter((c) => !functionName(c)).map((c) => `${at}: ${c} (printed ${code} ${name})`);
  });
}

describe('names for the codes printed in content/', () => {
  const printed = printedCodes(documents('content'));
  it('finds codes', () => expect(printed.length).toBeGreaterThan(500));
  it('names every 类, 款 and 项 of a function code and every economic code', () => expect(missing(printed)).toEqual([]));
});

describe.skipIf(!existsSync(REAL))('names for the codes printed in the real 2026 budgets', () => {
  const printed = existsSync(REAL) ? printedCodes(documents(REAL)) : [];
  it('finds codes in every document', () => {
    expect(new Set(printed.map((p) => p.at.split(':')[0])).size).toBe(documents(REAL).length);
    expect(printed.length).toBeGreaterThan(10_000);
  });
  it('names every 类, 款 and 项 of a function code and every economic code', () => expect(missing(printed)).toEqual([]));
  it('prints 类/款 codes of its own that the table names', () => {
    const short = [...new Set(printed.filter((p) => p.code.startsWith('2') && p.code.length < 7).map((p) => p.code))].sort();
    expect(short).toEqual(['20598', '21598', '22960']);
  });
});
