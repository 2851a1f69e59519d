import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptParts } from '../../src/lib/search/excerpt.ts';

describe('excerptParts', () => {
  it('keeps hits as marked parts and the rest as text', () => {
    expect(excerptParts('保障<mark>云服务</mark>租赁，<mark>云</mark>平台')).toEqual([
      { text: '保障', mark: false },
      { text: '云服务', mark: true },
      { text: '租赁，', mark: false },
      { text: '云', mark: true },
      { text: '平台', mark: false },
    ]);
  });

  it('decodes escaped source text once, so markup in it stays text', () => {
    expect(excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; <mark>A&amp;B</mark>')).toEqual([
      { text: '<script>alert(1)</script> ', mark: false },
      { text: 'A&B', mark: true },
    ]);
    expect(excerptParts('&amp;lt;b&amp;gt;')).toEqual([{ text: '&lt;b&gt;', mark: false }]);
  });

  it('drops any other tag and Pagefind’s zero-width word separators', () => {
    expect(excerptParts('<b onclick="x()">档\u200b案</b><img src=x onerror=alert(1)>数\u200b字化')).toEqual([{ text: '档案数字化', mark: false }]);
  });

  it('leaves out project and department codes the reader did not search for', () => {
    expect(excerptParts('文书档案数字化整理. 11000022T000000443359 11000022T00000443359 054002 预算 12.53 万元')).toEqual([{ text: '文书档案数字化整理. 预算 12.53 万元', mark: false }]);
    expect(excerptParts('预算 123456.78 万元. 电话 12345678. 数字化')).toEqual([{ text: '预算 123456.78 万元. 电话 12345678. 数字化', mark: false }]);
    expect(excerptParts('档案. x0fip x0kct0gbl.')).toEqual([{ text: '档案', mark: false }]);
    expect(excerptParts('<mark>北京市</mark> 2026年部门预算. 054002. x0fip.')).toEqual([
      { text: '北京市', mark: true },
      { text: ' 2026年部门预算', mark: false },
    ]);
    expect(excerptParts('项目 <mark>11000022T000000443359</mark>')).toEqual([
      { text: '项目 ', mark: false },
      { text: '11000022T000000443359', mark: true },
    ]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references and leaves unknown ones', () => {
    expect(decodeEntities('&quot;&#39;&#x4E2D;&#25991;&nbsp;&bogus;')).toBe('"\'中文 &bogus;');
  });
});
