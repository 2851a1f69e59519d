// The same documents with other extraction noise must give the same figures.
import { describe, expect, it } from 'vitest';
import type { BudgetDocument } from '../../src/lib/model/schema.ts';
import { parseSeedText, seedText, SEEDS, type SeedId } from '../helpers.ts';

/** Every figure and identity the site shows, without line numbers (noise may add lines). */
function figures(doc: BudgetDocument) {
  const m = (v: { toFixed(): string } | null | undefined) => v?.toFixed() ?? null;
  return {
    summary: doc.summary && [doc.summary.incomeTotal, doc.summary.expenditureTotal, doc.summary.incomeThisYear, doc.summary.expenditureThisYear, doc.summary.carryOver].map(m),
    expenditure: doc.expenditure && [m(doc.expenditure.total), m(doc.expenditure.basic), m(doc.expenditure.project), doc.expenditure.rows.map((r) => [r.function?.code, r.deptEconomic?.code, m(r.total)])],
    general: doc.generalExpenditure && [m(doc.generalExpenditure.total), doc.generalExpenditure.blocks, doc.generalExpenditure.rows.map((r) => m(r.total))],
    projectExpenditure: doc.projectExpenditure && [m(doc.projectExpenditure.total), doc.projectExpenditure.rows.map((r) => [r.name, m(r.total)])],
    procurement: m(doc.procurement?.total),
    sangong: doc.sangong && [doc.sangong.year, m(doc.sangong.total)],
    projects: doc.projects.map((p) => [p.code, p.name, m(p.total), p.goal, p.indicators.map((i) => [i.level1, i.level2, i.level3, i.operator, i.value, i.unit])]),
    findings: doc.findings.map((f) => [f.code, m(f.stated.value), m(f.computed.value)]),
    unplaced: doc.unplaced.length,
  };
}

let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const mapCells = (text: string, f: (cell: string) => string) => text.split('\n').map((l) => l.split('\t').map(f).join('\t')).join('\n');
const CJK = /[\u4e00-\u9fff]/;

const VARIANTS: Record<string, (t: string) => string | Uint8Array> = {
  'CRLF line endings': (t) => t.replace(/\n/g, '\r\n'),
  'CR line endings': (t) => t.replace(/\n/g, '\r'),
  'a byte-order mark and zero-width spaces': (t) => '\uFEFF' + mapCells(t, (c) => (c.length > 3 && rand() < 0.2 ? c.slice(0, 2) + '\u200B' + c.slice(2) : c)),
  'UTF-16 with a byte-order mark': (t) => {
    const b = new Uint8Array(2 + t.length * 2);
    b.set([0xff, 0xfe]);
    for (let i = 0; i < t.length; i++) new DataView(b.buffer).setUint16(2 + i * 2, t.charCodeAt(i), true);
    return b;
  },
  'page-number lines between rows': (t) => t.split('\n').flatMap((l, i) => (i % 37 === 36 ? [l, '', `- ${i} -`, `第 ${i} 页`, ''] : [l])).join('\n'),
  'HTML and markdown markup': (t) =>
    t
      .split('\n')
      .map((l) => (/^预算/.test(l) ? `### **${l}**` : l.replace(/^(合\s*计)/, '<b>$1</b>').replace(/\t([\d,]+\.\d+)/, '\t<b>$1</b>')))
      .join('\n'),
  'thousands separators removed': (t) => mapCells(t, (c) => (/^\d{1,3}(,\d{3})+\.\d+$/.test(c) ? c.replace(/,/g, '') : c)),
  'thousands separators added': (t) => mapCells(t, (c) => (/^\d{4,}\.\d+$/.test(c) ? c.replace(/^(\d+)(?=\.)/, (d) => d.replace(/\B(?=(\d{3})+$)/g, ',')) : c)),
  'cells broken by spaces': (t) =>
    mapCells(t, (c) => {
      if (c.length < 4 || rand() > 0.3) return c;
      const at = 1 + Math.floor(rand() * (c.length - 2));
      return CJK.test(c[at]!) || /\d/.test(c[at]!) ? c.slice(0, at) + ' ' + c.slice(at) : c;
    }),
  'trailing spaces and tabs': (t) => t.split('\n').map((l) => (l ? l + ' ' : l)).join('\n'),
  'full-width digits and punctuation in amounts': (t) => mapCells(t, (c) => (/^[\d,.]+$/.test(c) && rand() < 0.5 ? c.replace(/[\d,.]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : c)),
  'no-break spaces around cells': (t) => mapCells(t, (c) => (c && rand() < 0.3 ? `\u00a0${c}\u00a0` : c)),
  'numeric character references for spaces': (t) => mapCells(t, (c) => (c && rand() < 0.2 ? `&#160;${c}&nbsp;` : c)),
  'zero-width joiners and word joiners': (t) => mapCells(t, (c) => (c.length > 3 && rand() < 0.2 ? c.slice(0, 1) + '\u2060' + c.slice(1, 3) + '\u200d' + c.slice(3) : c)),
  'amounts without fixed decimals': (t) => mapCells(t, (c) => (/^\d[\d,]*\.\d+$/.test(c) ? c.replace(/\.?0+$/, '') : c)),
  'titles with empty cells and spaces around them': (t) => t.split('\n').map((l) => (/^预算/.test(l) ? `\t ${l.replace(' ', '  ')}\t ` : l)).join('\n'),
  'spaces inside cells': (t) => mapCells(t, (c) => (c && rand() < 0.3 ? ` ${c} ` : c)),
  'a blank line after every line': (t) => t.split('\n').flatMap((l) => [l, '']).join('\n'),
  'a blank line after every title': (t) => t.split('\n').flatMap((l) => (/^预算/.test(l) ? [l, '', ''] : [l])).join('\n'),
};

describe.each(Object.keys(SEEDS) as SeedId[])('seed %s', (id) => {
  const baseline = figures(parseSeedText(id));
  it.each(Object.keys(VARIANTS))('keeps every figure with %s', (name) => {
    seed = 7;
    const doc = parseSeedText(id, VARIANTS[name]!(seedText(id)));
    expect(figures(doc)).toEqual(baseline);
  });
});
