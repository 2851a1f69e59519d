// Classification codes as printed, against the national table: a digit misread leaves every
// amount right and puts a row under another code; the printed name gives it away.
import { describe, expect, it } from 'vitest';
import { checkPrintedCode } from '../../src/lib/classify/code-names.ts';
import { readDocument } from '../../src/lib/corpus/read.ts';
import { formatIssue } from '../../src/lib/parse/issues.ts';
import { seedText } from '../helpers.ts';

describe('checkPrintedCode', () => {
  it.each([
    ['30207', '邮电费', { verdict: 'known' }],
    ['30217', '邮电费', { verdict: 'other-name', name: '公务接待费' }],
    ['30213', '维修(护)费', { verdict: 'known' }],
    // A cell cut off in print (ecology-environment 229).
    ['2110199', '其他环境保护管理事务', { verdict: 'known' }],
    ['2110199', '其他', { verdict: 'other-name', name: '其他环境保护管理事务支出' }],
    ['2010381', '行政运行', { verdict: 'unknown' }],
  ])('%s %s', (code, name, verdict) => {
    expect(checkPrintedCode(code, name)).toEqual(verdict);
  });
});

describe('a document with a misread code', () => {
  // Seed 001's 支出总表 prints 30207-邮电费 at line 61 and 2010301-行政运行 from line 53 on.
  const read = (line: number, from: string, to: string) => {
    const text = seedText('001').split('\n').map((l, i) => (i === line - 1 ? l.replace(from, to) : l)).join('\n');
    return readDocument(text, { file: 'content/x/2026.txt', department: 'x', year: 2026 }).issues.filter((i) => /code/.test(i.code)).map(formatIssue);
  };

  it('names the code whose printed name is another code’s', () => {
    expect(read(61, '30207-邮电费', '30217-邮电费')).toEqual([
      'content/x/2026.txt:61: warning [code-name-mismatch] expected 30217 to be named 公务接待费 (the national 政府收支分类科目), found 30217-邮电费 in the 支出总表: a digit misread? (compare with the published PDF)',
    ]);
  });

  it('names a code the table does not hold', () => {
    expect(read(61, '2010301-行政运行', '2010381-行政运行')).toEqual([
      'content/x/2026.txt:61: warning [unknown-code] expected a code of the national 政府收支分类科目, found 2010381-行政运行 in the 支出总表, a code this site\'s table does not hold: a digit misread? (compare with the published PDF)',
    ]);
  });

  it('says nothing of seed 001 as printed', () => {
    expect(read(1, 'x', 'x')).toEqual([]);
  });
});

describe('a project code unlike the others', () => {
  // Seed 003's 82 projects are all coded 110000… with 12 serial digits; its first is 11000022T000000438666.
  const lines = seedText('003').split('\n');
  const at = lines.findIndex((l) => l.startsWith('11000022T000000438666'));
  const warnings = (printed: string) => {
    const text = lines.map((l, i) => (i === at ? l.replace('11000022T000000438666', printed) : l)).join('\n');
    return readDocument(text, { file: 'content/x/2026.txt', department: 'x', year: 2026 }).issues.filter((i) => i.code === 'odd-project-code').map(formatIssue);
  };

  it.each([
    ['of another region', '11000922T000000438666', 'expected a project code of region 110000 like the document\'s 81 others, found 11000922T000000438666: a digit misread? (compare with the published PDF)'],
    ['with a digit fewer', '11000022T00000438666', 'expected a project code with 12 serial digits like the document\'s 81 others, found 11000022T00000438666 (11), read as 11000022T000000438666: a digit lost or doubled? (compare with the published PDF)'],
  ])('%s is warned of', (_, printed, message) => {
    expect(warnings(printed)).toEqual([`content/x/2026.txt:${at + 1}: warning [odd-project-code] ${message}`]);
  });

  it('as printed, none', () => {
    expect(warnings('11000022T000000438666')).toEqual([]);
  });
});
