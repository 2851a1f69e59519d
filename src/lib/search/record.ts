import type { DocumentJson } from '../model/schema.ts';
import type { Department } from '../model/department.ts';
import { urls } from '../urls.ts';
import { amountsByYear, wan } from '../viz/format.ts';
import { FIELD_WEIGHTS, nameField, TITLE_TOKEN_WEIGHT, titleGroup, titleToken, yearNudge } from './weights.ts';

type Project = DocumentJson['projects'][number];

/** What a project page shows of one document: enough to index it (see projectOccurrences). */
export interface IndexedOccurrence {
  department: string;
  year: number;
  consolidated: boolean;
  project: Pick<Project, 'code' | 'printedCode' | 'name' | 'total' | 'goal' | 'indicators'>;
}

/** What a result is: the search page labels each result with it. */
export type RecordKind = '部门' | '预算' | '项目';

/**
 * One page of the site as the search index sees it. The texts are kept by field because each
 * field is weighted differently (see FIELD_WEIGHTS); `year` is the page's latest year, which
 * places it in a shard and nudges its weight.
 */
export interface SearchRecord {
  url: string;
  kind: RecordKind;
  year: number;
  title: string;
  /** Project or department codes, as canonical and as printed. */
  codes: string[];
  /** A project's departments; a budget's or a department's own name is its title. */
  departments: string[];
  goals: string[];
  indicators: string[];
  /** Anything else worth finding the page by, weighted like an indicator. */
  notes: string[];
  /** Shown under the title: a project's amounts by year, a budget's total. */
  amount: string;
  filters: { 年度: string[]; 部门: string[]; 区域: string[] };
}

const unique = <T>(xs: readonly T[]) => [...new Set(xs)];
const nonEmpty = (xs: readonly string[]) => unique(xs.map((x) => x.trim())).filter((x) => x !== '');
const districtOf = (d: Pick<Department, 'district'> | undefined) => d?.district ?? '市级';

/**
 * The search record of a project page, made from the models rather than the rendered page: the
 * index then holds what a reader searches for (name, code, goals, indicators, departments), each
 * text once however many years repeat it, and can be built while Astro renders the pages.
 * `occurrences` are newest first.
 */
export function projectRecord(code: string, name: string, occurrences: readonly IndexedOccurrence[], dept: (slug: string) => Pick<Department, 'name' | 'district'> | undefined): SearchRecord {
  const deptName = (slug: string) => dept(slug)?.name ?? slug;
  const slugs = unique(occurrences.map((o) => o.department));
  const years = unique(occurrences.map((o) => String(o.year)));
  return {
    url: urls.project(code),
    kind: '项目',
    year: Math.max(...occurrences.map((o) => o.year)),
    title: name,
    codes: nonEmpty([code, ...occurrences.map((o) => o.project.printedCode)]),
    // A project renamed over the years is found by its other names too, at a department's weight.
    departments: nonEmpty([...occurrences.map((o) => o.project.name).filter((n) => n !== name), ...slugs.map(deptName)]),
    goals: nonEmpty(occurrences.map((o) => o.project.goal)),
    indicators: nonEmpty(occurrences.flatMap((o) => o.project.indicators.map((i) => i.level3))),
    notes: [],
    amount: amountsByYear(occurrences),
    filters: { 年度: years, 部门: unique(slugs.map(deptName)), 区域: unique(slugs.map((s) => districtOf(dept(s)))) },
  };
}

/** A department page: found by its name and code, and by its predecessor's. */
export function departmentRecord(d: Pick<Department, 'slug' | 'name' | 'code' | 'district' | 'level' | 'notes' | 'years'> & Partial<Pick<Department, 'predecessor'>>): SearchRecord {
  const years = [...d.years].sort((a, b) => b - a).map(String);
  return {
    url: urls.department(d.slug),
    kind: '部门',
    year: Math.max(0, ...d.years),
    title: d.name,
    codes: nonEmpty([d.code ?? '', d.predecessor?.code ?? '']),
    // A department is found by the name it had before (北京市政务服务管理局 → its successor).
    departments: nonEmpty([d.predecessor?.name ?? '']),
    goals: [],
    indicators: [],
    notes: nonEmpty([d.district ?? '', d.level === 'municipal' ? '市级部门' : '区级部门', d.notes ?? '']),
    amount: '',
    filters: { 年度: years, 部门: [d.name], 区域: [districtOf(d)] },
  };
}

/** A department's budget of one year: found by the department's name with the year. */
export function budgetRecord(d: Pick<Department, 'slug' | 'name' | 'district'>, year: number, total: string | null): SearchRecord {
  return {
    url: urls.budget(d.slug, year),
    kind: '预算',
    year,
    title: `${d.name} ${year}年部门预算`,
    codes: [],
    departments: [],
    goals: [],
    indicators: [],
    notes: [],
    amount: total === null ? '' : `支出合计 ${wan(total)}`,
    filters: { 年度: [String(year)], 部门: [d.name], 区域: [districtOf(d)] },
  };
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * The words of a text, space-separated, as the browser splits a query (Pagefind's search
 * segments Chinese with the same Intl.Segmenter). Pagefind splits metadata at spaces only, so a
 * Chinese name must be given to it split to match a query's words.
 */
export function spacedWords(text: string): string {
  return [...segmenter.segment(text)]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment)
    .join(' ');
}

/**
 * The record as the HTML page Pagefind indexes (`addHTMLFile`): one weighted element per field.
 * Codes come last, so that an excerpt around a hit in a name or goal shows words, not codes.
 * Meta and filter values sit in attributes of an element Pagefind does not index (a value may
 * hold a comma, which the `key:value, key:value` form would split).
 */
export function recordHtml(r: SearchRecord, newest: number): string {
  const nudge = yearNudge(r.year, newest);
  const weight = (w: number) => String(Math.round(w * 24) / 24);
  const field = (w: number, texts: readonly string[]) => (texts.length ? `<p data-pagefind-weight="${weight(w)}">${texts.map(escapeText).join('\n')}</p>` : '');
  const meta: Record<string, string> = {
    title: r.title,
    amount: r.amount,
    [nameField(newest - r.year)]: spacedWords(r.title),
    own: r.kind === '部门' ? spacedWords(r.title) : '',
    of: r.kind === '预算' ? spacedWords(r.filters.部门[0] ?? '') : '',
  };
  const hidden = [
    ...Object.entries(meta)
      .filter(([k, v]) => v !== '' && k !== 'title')
      .map(([k, v]) => `<span data-pagefind-meta="${k}[data-v]" data-v="${escapeAttr(v)}"></span>`),
    ...Object.entries({ ...r.filters, 组: [titleGroup(r.kind, newest - r.year)] }).flatMap(([k, vs]) => vs.map((v) => `<span data-pagefind-filter="${k}[data-v]" data-v="${escapeAttr(v)}"></span>`)),
  ].join('');
  return [
    '<!doctype html><html lang="zh-cn"><head><meta charset="utf-8"></head><body>',
    `<h1 data-pagefind-meta="title" data-pagefind-weight="${weight(FIELD_WEIGHTS.title - nudge)}">${escapeText(r.title)}</h1>`,
    field(FIELD_WEIGHTS.goals, r.goals),
    field(FIELD_WEIGHTS.indicators, r.indicators),
    field(FIELD_WEIGHTS.notes, r.notes),
    field(FIELD_WEIGHTS.departments, r.departments),
    field(FIELD_WEIGHTS.codes - nudge, r.codes),
    field(TITLE_TOKEN_WEIGHT, [spacedWords(r.title).split(' ').filter(Boolean).map(titleToken).join(' ')]),
    `<div data-pagefind-ignore>${hidden}</div>`,
    '</body></html>',
  ].join('');
}
