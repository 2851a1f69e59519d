// The CSV tables are the data; the generated module must be their exact image, and the reader
// must refuse what would make a label wrong (a 项 without its 款, a code listed twice).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_HEADER, parseCodeTable } from '../../src/lib/classify/code-table.ts';
import { codeEntries } from '../../src/lib/classify/code-names.ts';
import { GENERATED_PATH, generatedCodeNames, TABLES } from '../../src/lib/classify/generate.ts';

const csv = (...rows: string[]) => [CSV_HEADER, ...rows].join('\n');

describe('code tables', () => {
  it('generated module matches the CSVs (else run node --import tsx scripts/code-names.ts)', () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(generatedCodeNames((f) => readFileSync(f, 'utf8')));
  });

  it('holds every row of each CSV', () => {
    for (const { classification, file } of TABLES) {
      const lines = readFileSync(file, 'utf8').trim().split('\n').length - 1;
      expect(codeEntries(classification)).toHaveLength(lines);
    }
  });

  it.each([
    ['a 项 without its 款', csv('201,一般公共服务支出,national,', '2010350,事业运行,observed,'), /no row for its parent 20103/],
    ['a code twice', csv('201,一般公共服务支出,national,', '201,一般公共服务支出,national,'), /listed twice/],
    ['a code of another classification', csv('301,工资福利支出,national,'), /not a function code/],
    ['a code of the wrong length', csv('2010,x,national,'), /not a function code/],
    ['ASCII brackets', csv('201,一般公共服务支出,national,', '20103,政府办公厅(室)及相关机构事务,national,'), /full-width/],
    ['an unknown source', csv('201,一般公共服务支出,guess,'), /source must be/],
    ['a wrong header', 'code,name\n201,一般公共服务支出', /header/],
  ])('refuses %s', (_, text, error) => {
    expect(() => parseCodeTable(text, 'function', 'x.csv')).toThrow(error);
  });

  it('reads variants and a BOM', () => {
    expect(parseCodeTable(`\uFEFF${csv('201,一般公共服务支出,national,', '20103,政府办公厅（室）及相关机构事务,national+observed,a;b')}`, 'function')).toEqual([
      ['201', '一般公共服务支出', 'national'],
      ['20103', '政府办公厅（室）及相关机构事务', 'national+observed', ['a', 'b']],
    ]);
  });

  it('lets a 政府预算 款 stand without its 类 (503 and 504 are not named yet)', () => {
    expect(() => parseCodeTable(csv('50301,房屋建筑物购建,national,'), 'gov-economic')).not.toThrow();
  });
});
