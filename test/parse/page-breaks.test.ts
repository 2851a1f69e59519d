// Page-break reassembly of the 项目支出绩效目标表, on excerpts shaped like the real budgets
// (../shared/real/content; the document and lines each case imitates are named). Expected
// values are read off the excerpts themselves.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse/document.ts';
import type { Project } from '../../src/lib/model/schema.ts';

const HEADER = ['项目名称\t项目总额\t其中：\t\t绩效目标\t一级指标\t二级指标\t三级指标\t绩效指标性质\t本年绩效指标值\t绩效度量单位', '\t\t财政资金\t其他资金\t\t\t\t\t\t\t'];
const ind = (name: string, level1 = '产出指标', level2 = '数量指标') => `\t\t\t\t\t${level1}\t${level2}\t${name}\t≥\t1\t个`;
/** A page break as extraction leaves it: blank lines, free text, the header printed again. */
const pageBreak = (...freeText: string[]) => ['', ...freeText.flatMap((t) => [t, '']), ...HEADER];

function parse(lines: string[]) {
  const text = ['预算12表 项目支出绩效目标表', '', '金额单位：万元', '', ...HEADER, ...lines].join('\n');
  const r = parseDocument(text, { file: 't.txt', department: null, year: null });
  const issues = r.issues.filter((i) => i.code !== 'missing-table');
  const projects = r.value!.projects;
  return { projects, uncoded: r.value!.performance!.uncoded, issues: issues.map((i) => `${i.line} ${i.code}`), messages: issues.map((i) => `${i.file}:${i.line}: ${i.message}`), by: (code: string) => projects.find((p) => p.code.endsWith(code)) as Project };
}
const lines = (p: Project) => p.indicators.map((i) => i.line);

describe('rows at the foot of a page that begin the next project', () => {
  it('go to the next project when its goal text begins there (civil-affairs 641–669)', () => {
    const { by, issues } = parse([
      '11000023T000002064500-甲项目\t10.000000\t10.000000\t\t甲的目标。\t产出指标\t数量指标\t甲一\t≥\t1\t个', // 7
      ind('甲二'), // 8
      '\t\t\t\t本项目将结合慈善工作重点，开展公益\t成本指标\t经济成本指标\t乙一\t≤\t5\t万元', // 9
      ind('乙二'), // 10
      ...pageBreak(),
      '11000023T000002064522-乙项目\t5.000000\t5.000000\t\t慈善项目大赛。\t产出指标\t时效指标\t乙三\t=\t100\t%', // 14
    ]);
    expect([lines(by('064500')), lines(by('064522'))]).toEqual([[7, 8], [9, 10, 14]]);
    expect(by('064522').goal).toBe('本项目将结合慈善工作重点，开展公益慈善项目大赛。');
    expect(issues).toEqual([]);
  });

  it('go to the next project from its first 项目总额 sub-row when the break prints its amount (market-regulation 1112–1131)', () => {
    const { by, issues } = parse([
      '11000024T000002655295-甲项目\t100.000000\t100.000000\t\t甲的目标。\t产出指标\t数量指标\t甲一\t≥\t1\t个', // 7
      '\t46.000000\t\t46.000000\t乙的第一个子项。\t成本指标\t经济成本指标\t乙一\t≤\t46\t万元', // 8
      ind('乙二'), // 9
      ...pageBreak('707.500000 707.500000'),
      '11000024T000002784210-乙项目\t707.500000\t\t707.500000\t乙的第二个子项。\t产出指标\t数量指标\t乙三\t≥\t1\t个', // 15
      '\t810.000000\t\t810.000000\t乙的第三个子项。\t产出指标\t数量指标\t乙四\t≥\t1\t个', // 16
    ]);
    const [a, b] = [by('2655295'), by('2784210')];
    expect([a.total!.toFixed(), a.subTotals.length, lines(a)]).toEqual(['100', 0, [7]]);
    expect([b.total!.toFixed(), b.subTotals.map((s) => s.amount?.toFixed()), lines(b)]).toEqual(['1563.5', ['46', '707.5', '810'], [8, 9, 15, 16]]);
    expect([b.fiscal, b.other!.toFixed()]).toEqual([null, '1563.5']);
    expect(issues).toEqual([]);
  });

  it('stay with the project above, with a warning naming them, when the text does not say (development-reform 875–899)', () => {
    const { by, issues } = parse([
      '11000022T000000456916-甲项目\t521.700000\t521.700000\t\t甲的目标。\t产出指标\t数量指标\t甲一\t≥\t1\t个', // 7
      ind('甲二'), // 8
      ind('甲或乙'), // 9
      ...pageBreak('11000022T000000', '456932-北京市产', '278.000000 278.000000 高效推动', '业发展研究推进'),
      '11000022T000000456932-北京市产业发展研究推进工作\t278.000000\t278.000000\t\t高效推动。\t产出指标\t数量指标\t乙一\t≥\t1\t个', // 21
    ]);
    expect([lines(by('456916')), lines(by('456932'))]).toEqual([[7, 8, 9], [21]]);
    expect(by('456932').name).toBe('北京市产业发展研究推进工作');
    expect(issues).toEqual(['8 foot-rows']);
  });

  it('are split where both projects keep their indicators grouped by 一级指标, with a warning, when only a blank line marks the break (publicity 687–699)', () => {
    const { by, issues, messages } = parse([
      '11000022T000000447116-甲项目\t22.718000\t22.718000\t\t甲的目标。\t产出指标\t数量指标\t甲一\t≥\t1\t个', // 7
      ind('甲二'), // 8
      ind('甲三', '效益指标', '社会效益指标'), // 9
      ind('乙一', '产出指标', '质量指标'), // 10
      ind('乙二'), // 11
      '', // 12
      '11000022T000000447234-乙项目\t212.572000\t212.572000\t\t乙的目标。\t产出指标\t时效指标\t乙三\t＝\t100\t%', // 13
      ind('乙四', '满意度指标', '服务对象满意度指标'), // 14
    ]);
    expect([lines(by('447116')), lines(by('447234'))]).toEqual([[7, 8, 9], [10, 11, 13, 14]]);
    expect([by('447116').openRows, by('447234').openRows]).toEqual([[{ from: 8, to: 11, other: '11000022T000000447234', read: 'split' }], [{ from: 8, to: 11, other: '11000022T000000447116', read: 'split' }]]);
    expect(issues).toEqual(['8 foot-rows']);
    expect(messages[0]).toBe('t.txt:8: expected the text to show where project 11000022T000000447234 begins, found its code after the page break at line 12 and nothing that says whether lines 8–11 above the break are rows of 11000022T000000447116 or of 11000022T000000447234; read as rows of 11000022T000000447116: lines 8–9; of 11000022T000000447234: lines 10–11 (each project\'s indicators kept grouped by 一级指标)');
  });

  it('stay with the project above, with no warning, when no other split keeps both grouped', () => {
    const { by, issues } = parse([
      '11000022T000000445632-甲项目\t12.560000\t12.560000\t\t甲的目标。\t产出指标\t数量指标\t甲一\t≥\t1\t个', // 7
      ind('甲二', '效益指标', '社会效益指标'), // 8
      '', // 9
      '11000022T000000451939-乙项目\t71.084897\t71.084897\t\t乙的目标。\t产出指标\t数量指标\t乙一\t≥\t1\t个', // 10
      ind('乙二', '效益指标', '社会效益指标'), // 11
    ]);
    expect([lines(by('445632')), lines(by('451939'))]).toEqual([[7, 8], [10, 11]]);
    expect(issues).toEqual([]);
  });

  it('stay with the project above when a row below them carries its goal text on', () => {
    const { by, issues } = parse([
      '11000022T000000445632-甲项目\t12.560000\t12.560000\t\t甲的目标，\t产出指标\t数量指标\t甲一\t≥\t1\t个', // 7
      ind('甲二', '效益指标', '社会效益指标'), // 8
      '', // 9
      '\t\t\t\t写到下一页。\t产出指标\t质量指标\t甲三\t≥\t1\t个', // 10
      '', // 11
      '11000022T000000451939-乙项目\t71.084897\t71.084897\t\t乙的目标。\t产出指标\t数量指标\t乙一\t≥\t1\t个', // 12
    ]);
    expect([lines(by('445632')), lines(by('451939'))]).toEqual([[7, 8, 10], [12]]);
    expect(by('445632').goal).toBe('甲的目标，写到下一页。');
    expect(issues).toEqual([]);
  });

  it('may belong to the first project after a row without a code (public-security 491–524)', () => {
    const { by, issues, uncoded } = parse([
      '信息化运行维护\t12577.526935\t12577.526935\t0.000000\t完成运维保障。\t产出指标\t数量指标\t类一\t≥\t1\t个', // 7
      ind('类二', '效益指标', '社会效益指标'), // 8
      ind('教一', '产出指标', '质量指标'), // 9
      ind('教二'), // 10
      '', // 11
      '11000022T000000431783-教师业务培训费\t50\t50\t\t通过项目实施。\t产出指标\t数量指标\t教三\t≥\t1\t个', // 12
      ind('教四', '成本指标', '经济成本指标'), // 13
    ]);
    expect([uncoded.map((u) => u.indicators.map((i) => i.line)), lines(by('431783'))]).toEqual([[[7, 8]], [9, 10, 12, 13]]);
    expect(issues).toEqual(['8 foot-rows']);
  });

  it('continue the goal of the project above when the break\'s free text printed that goal (development-reform 1060–1071)', () => {
    const { by, issues } = parse([
      '11000023T000002074950-碳达峰碳中和工作经费\t370.000000\t370.000000\t\t通过开展本市零碳园区标准体系建设及市级零碳园区征集，碳排\t产出指标\t数量指标\t甲一\t≥\t5\t份', // 7
      ind('甲二', '产出指标', '时效指标'), // 8
      ...pageBreak('资实践评估，ESG推进路径建设工作等，积极稳妥推进碳', '达峰碳中和，加快构建国际绿色经济标杆城市。'),
      '\t\t\t\t资实践评估，ESG推进路径建设工作等，积极稳妥推进碳达峰碳中和，加快构建国际绿色经济标杆城市。\t满意度指标\t服务对象满意度指标\t甲三\t≥\t90\t%', // 16
      ind('甲四', '效益指标', '社会效益指标'), // 17
      '11000024T000002865715-本市龙头企业评估调查\t38.000000\t38.000000\t\t聚焦京津冀。\t产出指标\t数量指标\t乙一\t≥\t50\t家', // 18
    ]);
    expect([lines(by('2074950')), lines(by('2865715'))]).toEqual([[7, 8, 16, 17], [18]]);
    expect(issues).toEqual([]);
  });
});

describe('a cell cut by a page break', () => {
  it('ends its free-text name with the strips after the goal\'s last sentence (publicity 1136–1147)', () => {
    const { by, issues } = parse([
      '11000025T000003582630-甲项目\t10.000000\t10.000000\t\t甲的目标。\t产出指标\t数量指标\t甲一\t≥\t1\t个', // 7
      '', // 8
      '11000025Y000003333869-', // 9
      '', // 10
      '保障资源信息平台全年稳定运行，对', // 11
      '', // 12
      '北京版权资源信息平台运 374.403000 374.403000', // 13
      '', // 14
      '中心业务提供支撑。', // 15
      '', // 16
      '维项目', // 17
      '', // 18
      '\t\t\t\t\t效益指标\t可持续影响指标\t乙一\t≥\t1\t个', // 19
    ]);
    expect([by('3333869').name, by('3333869').total!.toFixed(), lines(by('3333869'))]).toEqual(['北京版权资源信息平台运维项目', '374.403', [19]]);
    expect(issues).toEqual(['9 free-text-project']);
  });

  it('finishes its name on the next page, in the name column (economy-informatization 659–670)', () => {
    const { by } = parse([
      '11000022T000000427998-北京市中小企业公共服务平台网络\t317.130000\t317.130000\t\t保障平台运行，\t产出指标\t质量指标\t甲一\t≥\t1\t个',
      ...pageBreak('市级枢纽平台基础运 线下基础环境的'),
      '市级枢纽平台基础运维\t\t\t\t线下基础环境的必要投入。\t成本指标\t经济成本指标\t甲二\t≤\t1\t万元',
    ]);
    expect([by('427998').name, by('427998').goal, lines(by('427998'))]).toEqual(['北京市中小企业公共服务平台网络市级枢纽平台基础运维', '保障平台运行，线下基础环境的必要投入。', [7, 13]]);
  });

  it('is read from free text alone: name from the name column of each strip, amounts, a warning (state-assets 423–433)', () => {
    const { by, issues } = parse([
      '11000022T000000453100-甲项目\t1.000000\t1.000000\t\t甲的目标。\t产出指标\t数量指标\t甲一\t≥\t1\t个',
      '',
      '11000022T00000045 关于更好发挥数',
      '',
      '3167-国企改制改革 据要素作用 进',
      '',
      '236.580000 236.580000',
      '',
      '重大事项自主创新等 一步加快发展数',
      '',
      '工作经费 字经济的实施意',
      '',
      '见的路径举措',
      '',
      '\t\t\t\t\t产出指标\t数量指标\t乙一\t≥\t1\t个',
    ]);
    const p = by('453167');
    expect([p.name, p.total!.toFixed()]).toEqual(['国企改制改革重大事项自主创新等工作经费', '236.58']);
    expect(issues).toEqual(['9 free-text-project']);
  });

  it('reads character references around its strips as spaces, as the grid does (development-reform 959–973, with &#160; noise)', () => {
    const { by } = parse([
      '11000022T000000453100-甲项目\t1.000000\t1.000000\t\t甲的目标。\t产出指标\t数量指标\t甲一\t≥\t1\t个',
      '',
      '11000022T00000045 关于更好发挥数',
      '',
      '7203-对外交流合作 据要素作用 进',
      '',
      '&#160;和经济综合调控研讨工作经费(出国) 1.000000 1.000000&nbsp;',
      '',
      '\t\t\t\t\t产出指标\t数量指标\t乙一\t≥\t1\t个',
    ]);
    expect(by('457203').name).toBe('对外交流合作和经济综合调控研讨工作经费(出国)');
  });

  it('takes a strip wider than the goal column into its name (state-assets 881–921)', () => {
    const { by } = parse([
      '11000022T000000453100-甲项目\t1.000000\t1.000000\t\t甲的目标。\t产出指标\t数量指标\t甲一\t≥\t1\t个',
      '',
      '站运维服务，确',
      '',
      '11000022Y00000045',
      '',
      '目标5：制定运',
      '',
      '2203-市国资委信息 920.410134 920.410134',
      '',
      '维方案及应急预',
      '',
      '化整体运维服务项目',
      '',
      '案。根据运维方',
      '',
      '量。建立应急预',
      '',
      '案，提前做好各',
      '',
      '类预判和准备，',
      '',
      '和处理',
      '',
      '\t\t\t\t和处理。目标6：持续开展数据治理。\t产出指标\t质量指标\t乙一\t≤\t5\t次',
    ]);
    expect([by('452203').name, by('452203').total!.toFixed()]).toEqual(['市国资委信息化整体运维服务项目', '920.410134']);
  });

  it.each([
    ['a page number glued to the last strip (market-regulation 1127)', '勤支撑，确保单位能够按时、保质完成食第 31 页，共 40 页'],
    ['an amount whose decimal point was lost (state-assets 739)', '问题 违规经营性投 264 640000 264 640000'],
  ])('is no loose amount: %s', (_, strip) => {
    const { issues } = parse([
      '11000022T000000454000-甲项目\t264.640000\t264.640000\t\t甲的目标。\t产出指标\t数量指标\t甲一\t≥\t1\t个',
      ...pageBreak(strip),
      ind('甲二'),
    ]);
    expect(issues).toEqual([]);
  });

  it('does not count twice a sub-row amount the next page header is drawn over (market-regulation 766–774)', () => {
    const { by } = parse([
      '11000021Y000000390843-甲项目\t8.000000\t8.000000\t\t甲的目标。\t产出指标\t数量指标\t甲一\t≥\t1\t个',
      '\t26.108000\t26.108000\t\t保障网络畅通。\t产出指标\t数量指标\t甲二\t≥\t1\t个',
      '',
      '项目名称\t2项6.1目08总00额0\t其中：\t\t保障网络绩效目标畅通。\t一级指标\t二级指标\t三级指标\t绩效指标性质\t本年绩效指标值\t绩效度量单位',
      '\t\t26.108000财政资金\t其他资金\t\t\t\t\t\t\t',
      ind('甲三'),
    ]);
    expect([by('390843').total!.toFixed(), lines(by('390843'))]).toEqual(['34.108', [7, 8, 12]]);
  });
});

describe('names as printed', () => {
  it.each([
    ['a lone __ (education 1351)', '11000024T000002843382-学生资助__退役士兵本专科生国家助学金', '学生资助__退役士兵本专科生国家助学金'],
    ['a second - after the code (education 2581)', '11000022T000000443192--科研、教学等其他因公出国（境）', '-科研、教学等其他因公出国（境）'],
  ])('keep %s', (_, cell, name) => {
    const { projects } = parse([`${cell}\t8.140000\t8.140000\t\t目标。\t产出指标\t数量指标\t甲一\t≥\t1\t个`]);
    expect(projects[0]!.name).toBe(name);
  });
});

describe('整体支出绩效目标表 indicators', () => {
  const overall = (rows: string[]) => {
    const text = ['预算13表 部门整体支出绩效目标表', '', '金额单位：万元', '', ...rows].join('\n');
    const r = parseDocument(text, { file: 't.txt', department: null, year: null });
    return { value: r.value!.overallPerformance!, issues: r.issues.filter((i) => i.code !== 'missing-table').map((i) => `${i.line} ${i.code}`) };
  };

  it('printed without their 一级/二级 prefix, as the PDF prints them (market-regulation 1507)', () => {
    const { value, issues } = overall(['\t质量安全监管\t产出指标质量指标抽查发现问题反馈率\t＝\t100\t%', '\t质量安全监管\t对检验发现的不合格产品依法依规处置\t=\t100\t%']);
    expect(value.indicators.map((i) => [i.activity, i.level1, i.level3, i.operator, i.value])).toEqual([
      ['质量安全监管', '产出指标', '抽查发现问题反馈率', '=', '100'],
      ['质量安全监管', '', '对检验发现的不合格产品依法依规处置', '=', '100'],
    ]);
    expect(issues).toEqual([]);
  });

  it('finish their text on a free-text line after a page break (healthcare-security 813–815)', () => {
    const { value, issues } = overall(['\t医保基金监管\t效益指标社会效益指标提升医保基金监\t定性\t优\t', '', '管效能', '', '整体绩效目标']);
    expect(value.indicators.map((i) => i.level3)).toEqual(['提升医保基金监管效能']);
    expect(issues).toEqual([]);
  });
});
