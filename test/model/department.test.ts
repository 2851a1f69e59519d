// content/<slug>/department.json: what a maintainer may write, and what is refused.
import { describe, expect, it } from 'vitest';
import { departmentSchema } from '../../src/lib/model/department.ts';

const base = { name: '北京市审计局', code: null, level: 'municipal', district: null, parent: null };

describe('department.json publications', () => {
  it('accepts a year with the URL, title and date of its official publication', () => {
    const meta = departmentSchema.parse({ ...base, publications: { '2026': { url: 'https://sjj.beijing.gov.cn/2026.pdf', title: '北京市审计局2026年部门预算', date: '2026-02-06' } } });
    expect(meta.publications?.['2026']?.title).toBe('北京市审计局2026年部门预算');
  });
  it.each([
    [{ '26': { url: 'https://a.cn/x.pdf', title: 't' } }, 'a year of four digits'],
    [{ '2026': { url: 'not a url', title: 't' } }, 'Invalid url'],
    [{ '2026': { url: 'https://a.cn/x.pdf', title: 't', date: '2026/02/06' } }, 'a date as YYYY-MM-DD'],
  ])('refuses %j', (publications, message) => {
    const r = departmentSchema.safeParse({ ...base, publications });
    expect(r.success ? null : r.error.issues[0]!.message).toBe(message);
  });
});

describe('department.json predecessor', () => {
  it.each([
    [{ slug: 'gov-services-bureau' }],
    [{ name: '北京市政务服务管理局', code: '054' }],
    [{ slug: 'gov-services-bureau', name: '北京市政务服务管理局' }],
  ])('accepts %j', (predecessor) => {
    expect(departmentSchema.parse({ ...base, predecessor }).predecessor).toEqual(predecessor);
  });
  it('is optional', () => {
    expect(departmentSchema.parse(base).predecessor).toBeUndefined();
  });
  it.each([
    [{}, 'a predecessor names its folder ("slug") or its name'],
    [{ code: '054' }, 'a predecessor names its folder ("slug") or its name'],
    [{ slug: 'Gov Services' }, 'a folder name of lowercase letters, digits and hyphens'],
    [{ name: '' }, 'String must contain at least 1 character(s)'],
  ])('refuses %j', (predecessor, message) => {
    const r = departmentSchema.safeParse({ ...base, predecessor });
    expect(r.success ? null : r.error.issues[0]!.message).toBe(message);
  });
  it('refuses a field it does not know', () => {
    const r = departmentSchema.safeParse({ ...base, predecessor: { name: '北京市政务服务管理局', year: 2023 } });
    expect(r.success ? null : r.error.issues[0]!.code).toBe('unrecognized_keys');
  });
});
