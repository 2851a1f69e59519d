import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from '../../src/lib/data/csv.ts';
import { readCsv } from './entries.ts';

describe('the CSV writer', () => {
  it('starts with a BOM and ends every record, the last included, with CRLF', () => {
    const out = toCsv(['项目', '金额（万元）'], [['甲', '1.5'], ['乙', null]]);
    expect(out.startsWith(BOM)).toBe(true);
    expect(out.charCodeAt(0)).toBe(0xfeff);
    expect(out).toBe('\uFEFF项目,金额（万元）\r\n甲,1.5\r\n乙,\r\n');
    expect(out.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('quotes commas, quotes and line breaks, doubling inner quotes (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"优"')).toBe('"说""优"""');
    expect(csvField('一行\n二行')).toBe('"一行\n二行"');
    expect(csvField('一行\r\n二行')).toBe('"一行\r\n二行"');
    expect(csvField('全角，逗号')).toBe('全角，逗号');
    expect(csvField('')).toBe('');
  });

  it('writes null and undefined as empty cells and numbers as they are', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, 57]])).toBe('\uFEFFa,b,c\r\n,,57\r\n');
  });

  it('keeps decimal strings exactly (no float round trip)', () => {
    const out = toCsv(['x'], [['0.1000000000000000055511151231257827'], ['20627.9459'], ['-0.000001']]);
    expect(readCsv(out.slice(1)).map((r) => r[0])).toEqual(['x', '0.1000000000000000055511151231257827', '20627.9459', '-0.000001']);
  });

  it('reads back what it wrote, however awkward the text', () => {
    const rows = [['a,b', '"q"', 'x\r\ny', '', '末尾,']];
    expect(readCsv(toCsv(['1', '2', '3', '4', '5'], rows).slice(1))).toEqual([['1', '2', '3', '4', '5'], ...rows]);
  });
});
