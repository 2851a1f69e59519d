import { Decimal } from '../model/money.ts';
import type { Occurrence } from '../corpus/corpus.ts';
import type { ProjectJson } from '../model/schema.ts';

interface Entry {
  code: string;
  name: string;
  occurrences: Occurrence[];
}

/** The largest projects, each counted once: a consolidated unit's copy is skipped. */
export function largestProjects(projects: readonly Entry[], n: number) {
  return projects
    .flatMap((e) => e.occurrences.filter((o) => !o.consolidated && o.total !== null).map((o) => ({ code: e.code, name: o.name, total: o.total!, department: o.department, year: o.year })))
    .sort((a, b) => new Decimal(b.total).comparedTo(new Decimal(a.total)))
    .slice(0, n);
}


type OpenRows = ProjectJson['openRows'][number];

/**
 * What a reader is told about indicator rows at a page foot whose project the document does not
 * show (see parse/tables/foot-rows.ts): which lines, which neighbour, and how the site read them.
 * `nameOf` gives a project's name from its code; a row without a code is named as printed.
 */
export function openRowsNotes(rows: readonly OpenRows[], nameOf: (code: string) => string | undefined): { text: string; from: number; to: number }[] {
  return rows.map((r) => {
    const name = nameOf(r.other);
    const other = name ? `「${name}」（${r.other}）` : `「${r.other}」`;
    const lines = r.from === r.to ? `第 ${r.from} 行` : `第 ${r.from}–${r.to} 行`;
    const reading = { here: '本站把它们列在本项目下', there: '本站把它们列在那个项目下', split: '本站把其中一部分列在本项目下，其余列在那个项目下' }[r.read];
    return { text: `原文${lines}的绩效指标印在分页处，原文没有标明它们属于本项目还是相邻的${other}。${reading}（依据：同一项目的指标按一级指标归在一起）。`, from: r.from, to: r.to };
  });
}
