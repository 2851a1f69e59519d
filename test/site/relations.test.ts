// How a department page links to the others: unit ↔ department, predecessor ↔ successor.
import { describe, expect, it } from 'vitest';
import type { Department } from '../../src/lib/model/department.ts';
import { relationsOf } from '../../src/lib/site/relations.ts';

const dept = (slug: string, name: string, more: Partial<Department> = {}): Department => ({ slug, name, code: null, level: 'municipal', district: null, parent: null, years: [2026], ...more });

const bureau = dept('gov-services-data-bureau', '北京市政务服务和数据管理局', { predecessor: { name: '北京市政务服务管理局', code: '054' } });
const hotline = dept('citizen-hotline-center', '北京市市民热线服务中心', { code: '054002', parent: 'gov-services-data-bureau' });
const archive = dept('data-archive', '北京市大数据中心', { parent: 'gov-services-data-bureau' });
const older = dept('old-bureau', '北京市经济和信息化委员会');
const renamed = dept('new-bureau', '北京市经济和信息化局', { predecessor: { slug: 'old-bureau' } });
const lost = dept('lost-successor', '北京市某局', { predecessor: { slug: 'not-on-file' } });
const all = [bureau, hotline, archive, older, renamed, lost];

describe('relationsOf', () => {
  it('a department lists its units by name; a unit links its department', () => {
    expect(relationsOf(bureau, all).units.map((u) => u.slug)).toEqual(['data-archive', 'citizen-hotline-center']);
    expect(relationsOf(hotline, all).parent).toEqual({ name: '北京市政务服务和数据管理局', slug: 'gov-services-data-bureau', code: null });
    expect(relationsOf(hotline, all).units).toEqual([]);
  });

  it.each([
    ['a predecessor on file: linked by its folder', renamed, { name: '北京市经济和信息化委员会', slug: 'old-bureau', code: null }],
    ['a predecessor named only: text, no link', bureau, { name: '北京市政务服务管理局', slug: null, code: '054' }],
    ['a folder not on file: its folder name as text, no link', lost, { name: 'not-on-file', slug: null, code: null }],
    ['no predecessor', hotline, null],
  ])('%s', (_, d, predecessor) => {
    expect(relationsOf(d, all).predecessor).toEqual(predecessor);
  });

  it('a predecessor on file links back to its successors', () => {
    expect(relationsOf(older, all).successors).toEqual([{ name: '北京市经济和信息化局', slug: 'new-bureau', code: null }]);
    expect(relationsOf(bureau, all).successors).toEqual([]);
  });
});
