// What the search page says and how it asks Pagefind: shared by the page script and its tests.
import { META_WEIGHTS } from './weights.ts';

/** Results shown at a time; "显示更多" shows the next. Each shown result loads one fragment file, so a page of 10 costs half the requests of 20. */
export const PAGE_SIZE = 10;

/**
 * Pagefind's ranking (https://pagefind.app/docs/ranking/). `pageLength: 0`: a page's length does
 * not count, because a project with a long goal is no less about its name, and because Pagefind
 * measures length against its shard's average, which would make scores differ from shard to
 * shard. Term frequency saturates as slowly as Pagefind allows, so that a hit in a goal keeps
 * ahead of one in an indicator; a hit in a name is lifted above both by the `name` boost.
 */
export const RANKING = { pageLength: 0, termFrequency: 1, termSaturation: 2, metaWeights: META_WEIGHTS };

export interface Progress {
  /** Results so far. */
  found: number;
  shown: number;
  /** Index shards still to search; 0 when the count is final. */
  pendingShards: number;
}

export function statusText(q: string, p: Progress): string {
  if (p.pendingShards > 0) return p.found ? `先列出 ${p.found} 个结果，正在搜索其余 ${p.pendingShards} 组索引…` : `正在搜索其余 ${p.pendingShards} 组索引…`;
  if (p.found === 0) return `没有找到与“${q}”相关的部门、预算或项目，请换个关键词或减少筛选条件。`;
  return p.shown < p.found ? `找到 ${p.found} 个结果，显示前 ${p.shown} 个。` : `找到 ${p.found} 个结果。`;
}

export type ResultKind = '部门' | '预算' | '项目';

/** What kind of page a result opens, read from its address (src/lib/urls.ts). */
export function kindOf(url: string): ResultKind {
  if (/^\/departments\/[^/]+\/\d{4}\/$/.test(url)) return '预算';
  if (/^\/departments\/[^/]+\/$/.test(url)) return '部门';
  return '项目';
}

/** The line under a result's title: its department and years (from its filters), and its money. */
export function resultDetail(kind: ResultKind, filters: Record<string, string[] | undefined>, amount: string | undefined): string {
  const years = [...(filters['年度'] ?? [])].sort((a, b) => Number(b) - Number(a)).join('、');
  const departments = (filters['部门'] ?? []).join('、');
  if (kind === '部门') return [filters['区域']?.join('、'), years && `${years}年预算`].filter(Boolean).join(' · ');
  if (kind === '预算') return amount ?? '';
  return [departments, amount || (years && `${years}年`)].filter(Boolean).join(' · ');
}
