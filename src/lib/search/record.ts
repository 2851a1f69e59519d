import type { DocumentJson } from '../model/schema.ts';
import type { Department } from '../model/department.ts';
import { urls } from '../urls.ts';
import { amountSummary } from '../site/projects.ts';

type Project = DocumentJson['projects'][number];

/** What a project page shows of one document: enough to index it (see projectOccurrences). */
export interface IndexedOccurrence {
  department: string;
  year: number;
  consolidated: boolean;
  project: Pick<Project, 'code' | 'printedCode' | 'name' | 'total' | 'goal' | 'indicators'>;
}

/** A Pagefind custom record: https://pagefind.app/docs/node-api/#indexaddcustomrecord */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'zh-cn';
  meta: { title: string; department: string; years: string; amount: string };
  filters: { 年度: string[]; 部门: string[]; 区域: string[] };
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

/**
 * The search record of a project page, made from the models rather than the rendered page: the
 * index then holds what a reader searches for (name, code, goals, indicators, departments), each
 * text once however many years repeat it, and can be built while Astro renders the pages.
 */
export function projectRecord(code: string, name: string, occurrences: readonly IndexedOccurrence[], dept: (slug: string) => Pick<Department, 'name' | 'district'> | undefined): SearchRecord {
  const deptName = (slug: string) => dept(slug)?.name ?? slug;
  const slugs = unique(occurrences.map((o) => o.department));
  const years = unique(occurrences.map((o) => String(o.year)));
  const texts = unique([
    name,
    code,
    ...occurrences.map((o) => o.project.printedCode),
    ...occurrences.map((o) => o.project.name),
    ...slugs.map(deptName),
    ...occurrences.map((o) => o.project.goal),
    ...occurrences.flatMap((o) => o.project.indicators.map((i) => i.level3)),
  ]).filter((t) => t.trim() !== '');
  return {
    url: urls.project(code),
    content: texts.join('\n'),
    language: 'zh-cn',
    meta: { title: name, department: slugs.map(deptName).join('、'), years: years.join('、'), amount: amountSummary(occurrences) },
    filters: { 年度: years, 部门: unique(slugs.map(deptName)), 区域: unique(slugs.map((s) => dept(s)?.district ?? '市级')) },
  };
}
