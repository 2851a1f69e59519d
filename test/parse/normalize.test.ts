import { describe, expect, it } from 'vitest';
import { cleanCell, isFurniture, normalizeLine } from '../../src/lib/parse/normalize.ts';

describe('cleanCell rejoins cells broken by extraction', () => {
  it.each([
    ['054002 -北京市市民 热线服务中心', '054002-北京市市民热线服务中心'],
    ['31-部 门项目', '31-部门项目'],
    ['1831118 5210', '18311185210'],
    ['接诉即办蓝 皮书', '接诉即办蓝皮书'],
    ['2010301 - 行政运行', '2010301-行政运行'],
    ['  7x24 小时 ', '7x24小时'],
    ['Mbps', 'Mbps'],
    ['调查研究 and 数据分析', '调查研究and数据分析'],
  ])('%j → %j', (raw, want) => {
    expect(cleanCell(raw)).toBe(want);
  });
});

describe('normalizeLine strips markup and splits cells', () => {
  it.each([
    ['<b>合 计</b>\t\t<b>5,306.52</b>', ['合计', '', '5,306.52']],
    ['<p>提升热线影响力。</p> <p>(1) 在卫视</p>', ['提升热线影响力。(1)在卫视']],
    ['**预算12表 政府购买服务**', ['预算12表政府购买服务']],
    ['| A-货物 | 19.040000 |', ['A-货物', '19.040000']],
    ['\u200B收入总计\u00A0\t20,627.945900', ['收入总计', '20,627.945900']],
    ['&nbsp;合计&amp;\t1', ['合计&', '1']],
    ['&#160;效益指标&#xA0;\t&#8203;可持续', ['效益指标', '可持续']],
    ['&#12345678;\t&#xD800;', ['&#12345678;', '&#xD800;']],
    ['２０１０３０２\t行政运行\t２０，６２７．９４５９００\t因公出国（境）', ['2010302', '行政运行', '20,627.945900', '因公出国（境）']],
  ])('%j', (raw, cells) => {
    expect(normalizeLine(raw, 1).cells).toEqual(cells);
  });

  it('records a markdown heading level', () => {
    const r = normalizeLine('### 预算01表 收支总表', 3);
    expect([r.heading, r.plain, r.cells[0]]).toEqual([3, true, '预算01表收支总表']);
  });
});

describe('isFurniture', () => {
  it.each(['- 12 -', '12', '第 3 页', '第3页 共28页', '3 / 28', '— 5 —', 'Page 4 of 9', '续表', '|---|---|'])('%j is page furniture', (raw) => {
    expect(isFurniture(normalizeLine(raw, 1))).toBe(true);
  });
  it.each(['合 计', '2024年', '20,627.945900\t1', '一、部门概况'])('%j is not', (raw) => {
    expect(isFurniture(normalizeLine(raw, 1))).toBe(false);
  });
});
