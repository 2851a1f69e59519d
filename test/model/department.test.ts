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
