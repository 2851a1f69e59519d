// Names of codes as the documents print them, with where each was read (file:line), and the label
// rules for 项 whose names repeat. When the cited file is present, the test also checks that the
// line really prints that code with that name, so a citation cannot go stale unnoticed.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeEntry, economicName, functionLabel, functionLabels, functionName, functionPath, levelOf, REPEATED_ITEM_NAMES } from '../../src/lib/classify/code-names.ts';

interface Sample {
  code: string;
  name: string;
  /** Where the pair is printed: path from the repository root, and line. */
  cite: string;
  /** What the line prints when it is not `name` (a cell cut short, an older spelling). */
  printed?: string;
}

const REAL = '../shared/real/content';
const SAMPLES: Sample[] = [
  { code: '2010350', name: '事业运行', cite: 'content/gov-services-data-bureau/2026.txt:87' },
  { code: '2014150', name: '事业运行', cite: 'content/gov-services-data-bureau/2026.txt:120' },
  { code: '2014199', name: '其他数据事务支出', cite: 'content/gov-services-data-bureau/2026.txt:146' },
  { code: '20598', name: '超长期特别国债安排的支出', cite: `${REAL}/education-commission/2026.txt:862` },
  { code: '22960', name: '彩票公益金安排的支出', cite: `${REAL}/education-commission/2026.txt:863` },
  { code: '21598', name: '超长期特别国债安排的支出', cite: `${REAL}/commerce-bureau/2026.txt:469` },
  { code: '2010601', name: '行政运行', cite: `${REAL}/finance-bureau/2026.txt:52` },
  { code: '2013804', name: '经营主体管理', cite: `${REAL}/market-regulation-bureau/2026.txt:86` },
  { code: '2080505', name: '机关事业单位基本养老保险缴费支出', cite: `${REAL}/audit-bureau/2026.txt:106` },
  { code: '2101102', name: '事业单位医疗', cite: `${REAL}/audit-bureau/2026.txt:111` },
  { code: '2050501', name: '广播电视学校', cite: `${REAL}/education-commission/2026.txt:492` },
  { code: '2070205', name: '博物馆', cite: `${REAL}/education-commission/2026.txt:582` },
  { code: '2110199', name: '其他环境保护管理事务支出', printed: '其他环境保护管理事务', cite: `${REAL}/ecology-environment-bureau/2026.txt:229` },
  { code: '50101', name: '工资奖金津补贴', cite: `${REAL}/finance-bureau/2026.txt:52` },
  { code: '30101', name: '基本工资', cite: `${REAL}/finance-bureau/2026.txt:52` },
  { code: '3021101', name: '差旅费', cite: `${REAL}/finance-bureau/2026.txt:60` },
  { code: '3021503', name: '三类会议费', cite: `${REAL}/audit-bureau/2026.txt:62` },
  { code: '50601', name: '资本性支出', cite: `${REAL}/civil-affairs-bureau/2026.txt:70` },
  { code: '50602', name: '资本性支出（基本建设）', cite: `${REAL}/civil-affairs-bureau/2026.txt:127` },
  { code: '3021204', name: '赴港澳台教育交流费用', cite: `${REAL}/education-commission/2026.txt:286` },
  { code: '50803', name: '资本金注入', cite: `${REAL}/state-assets-commission/2026.txt:97` },
  { code: '50899', name: '其他对企业资本性支出', cite: `${REAL}/education-commission/2026.txt:602` },
  { code: '31206', name: '其他资本性补助', cite: `${REAL}/education-commission/2026.txt:602` },
];

const lookup = (code: string) => (code.startsWith('2') ? functionName(code) : economicName(code));

describe('names of codes read from the documents', () => {
  it.each(SAMPLES)('$code is $name ($cite)', ({ code, name }) => {
    expect(lookup(code)).toBe(name);
  });

  it.each(SAMPLES)('$cite prints $code', ({ code, name, printed, cite }) => {
    const [file = '', line = ''] = cite.split(/:(?=\d+$)/);
    if (!existsSync(file)) return; // ../shared/real is not on every machine
    const text = readFileSync(file, 'utf8').split(/\r?\n/)[Number(line) - 1] ?? '';
    expect(text).toMatch(new RegExp(`(^|\\t)${code}[-\\t]${printed ?? name}(\\t|$)`));
  });
});

describe('lookups', () => {
  it.each([
    ['201', '一般公共服务支出'],
    ['20101', '人大事务'],
    ['20103', '政府办公厅（室）及相关机构事务'],
    ['20141', '数据事务'],
    ['208', '社会保障和就业支出'],
    ['22102', '住房改革支出'],
  ])('function %s → %s', (code, name) => expect(functionName(code)).toBe(name));

  it.each([
    ['301', '工资福利支出'],
    ['30213', '维修（护）费'],
    ['310', '资本性支出'],
    ['501', '机关工资福利支出'],
    ['50209', '维修（护）费'],
    ['50905', '离退休费'],
  ])('economic %s → %s', (code, name) => expect(economicName(code)).toBe(name));

  it('gives nothing for a code the table does not hold, never a guess', () => {
    expect(functionName('20124')).toBeUndefined(); // not in the table: see docs/code-names.md
    expect(functionName('2999999')).toBeUndefined();
    expect(economicName('503')).toBeUndefined();
    expect(economicName('20101')).toBeUndefined(); // a function code is not an economic one
    expect(functionName('30101')).toBeUndefined();
  });

  it('ignores spaces around a code', () => expect(functionName(' 20103 ')).toBe('政府办公厅（室）及相关机构事务'));

  it('knows level and source', () => {
    expect(levelOf('205')).toBe('类');
    expect(levelOf('20508')).toBe('款');
    expect(levelOf('2050803')).toBe('项');
    expect(levelOf('2050')).toBeUndefined();
    expect(codeEntry('20102')).toMatchObject({ classification: 'function', level: '款', source: 'national' });
    expect(codeEntry('20103')?.source).toBe('national+observed');
    expect(codeEntry('2010350')?.source).toBe('observed');
    expect(codeEntry('2110199')?.printedAlsoAs).toContain('其他环境保护管理事务');
  });

  it('gives the path from 类 to 项', () => {
    expect(functionPath('2010350').map((e) => e.name)).toEqual(['一般公共服务支出', '政府办公厅（室）及相关机构事务', '事业运行']);
    expect(functionPath('20508').map((e) => e.code)).toEqual(['205', '20508']);
  });
});

describe('a 项 whose name repeats carries its 款', () => {
  it.each([
    ['2010350', '事业运行（政府办公厅（室）及相关机构事务）'],
    ['2010302', '一般行政管理事务（政府办公厅（室）及相关机构事务）'],
    ['2014150', '事业运行（数据事务）'],
    ['2010601', '行政运行（财政事务）'],
    ['2050205', '高等教育（普通教育）'],
    ['2059802', '高等教育（超长期特别国债安排的支出）'],
    ['2050803', '培训支出'], // a name of its own
    ['20103', '政府办公厅（室）及相关机构事务'], // 款 and 类 are never qualified
  ])('%s → %s', (code, label) => expect(functionLabel(code)).toBe(label));

  it('takes the printed name of a code the table lacks, with the same rule', () => {
    expect(functionLabel('2012450', '事业运行')).toBe('事业运行'); // 款 20124 unknown: no context to add
    expect(functionLabel('2010398', '某项支出')).toBe('某项支出');
    expect(functionLabel('2010398')).toBeUndefined();
  });

  it('lists the generic names even where the table holds one 项 of that name', () => {
    for (const n of ['行政运行', '一般行政管理事务', '机关服务', '事业运行', '信息化建设', '机构运行']) expect(REPEATED_ITEM_NAMES.has(n)).toBe(true);
    expect(REPEATED_ITEM_NAMES.has('培训支出')).toBe(false);
  });

  it('within one set, qualifies only the names that collide there', () => {
    const labels = functionLabels([{ code: '2010301' }, { code: '2010601' }, { code: '2050803' }, { code: '2010398', name: '某项支出' }]);
    expect(Object.fromEntries(labels)).toEqual({
      '2010301': '行政运行（政府办公厅（室）及相关机构事务）',
      '2010601': '行政运行（财政事务）',
      '2050803': '培训支出',
      '2010398': '某项支出',
    });
    expect(functionLabels([{ code: '2010301' }, { code: '2050803' }]).get('2010301')).toBe('行政运行');
  });

  it('appends the code where the 款 does not tell two 项 apart', () => {
    const labels = functionLabels([{ code: '2089901' }, { code: '2089999' }]);
    expect([...labels.values()]).toEqual(['其他社会保障和就业支出 2089901', '其他社会保障和就业支出 2089999']);
  });
});
