// Kinds of extraction noise, each a function from a document's text to the same document as
// another extractor, or another page layout, might have printed it. Used by noise.test.ts.
import Decimal from 'decimal.js';
import type { BudgetDocument } from '../../src/lib/model/schema.ts';

/** A value as a number where it is one ("100.00" and "100" are the same target). */
const asNumber = (v: string | null) => (v !== null && /^\d+(\.\d+)?$/.test(v) ? new Decimal(v).toFixed() : v);

/** Every figure and identity the site shows, without line numbers (noise may add lines). */
export function figures(doc: BudgetDocument) {
  const m = (v: { toFixed(): string } | null | undefined) => v?.toFixed() ?? null;
  return {
    summary: doc.summary && [doc.summary.incomeTotal, doc.summary.expenditureTotal, doc.summary.incomeThisYear, doc.summary.expenditureThisYear, doc.summary.carryOver].map(m),
    expenditure: doc.expenditure && [m(doc.expenditure.total), m(doc.expenditure.basic), m(doc.expenditure.project), doc.expenditure.rows.map((r) => [r.function?.code, r.deptEconomic?.code, m(r.total)])],
    general: doc.generalExpenditure && [m(doc.generalExpenditure.total), doc.generalExpenditure.blocks, doc.generalExpenditure.rows.map((r) => m(r.total))],
    projectExpenditure: doc.projectExpenditure && [m(doc.projectExpenditure.total), doc.projectExpenditure.rows.map((r) => [r.name, m(r.total)])],
    procurement: m(doc.procurement?.total),
    sangong: doc.sangong && [doc.sangong.year, m(doc.sangong.total)],
    projects: doc.projects.map((p) => [p.code, p.name, m(p.total), p.goal, p.indicators.map((i) => [i.level1, i.level2, i.level3, i.operator, asNumber(i.value), i.unit])]),
    transfers: doc.transfers.map((t) => [t.name, m(t.total), t.indicators.length]),
    tables: doc.tables.map((t) => t.kind),
    findings: doc.findings.map((f) => [f.code, m(f.stated.value), m(f.computed.value)]),
    unplaced: doc.unplaced.length,
  };
}

let seed = 7;
/** Restarts the random choices, so that every document gets the same noise. */
export const reseed = () => void (seed = 7);
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const mapCells = (text: string, f: (cell: string) => string) => text.split('\n').map((l) => l.split('\t').map(f).join('\t')).join('\n');
const mapGridCells = (text: string, f: (cell: string) => string) => text.split('\n').map((l) => (l.includes('\t') ? l.split('\t').map(f).join('\t') : l)).join('\n');
const lines = (t: string) => t.split('\n');
const mapLines = (t: string, f: (line: string) => string | string[]) => lines(t).flatMap(f).join('\n');
// A numbered table title, as the documents print it: "预算01表 收支总表", "预算表12 项目支出绩效目标表".
const TITLE = /^(\s*)(预算\s*\d+\s*表(?:-\d+)?|预算表\s*\d+)(\s+)(\S.*?)(\s*)$/;
const AMOUNT = /^-?[\d,]+\.\d+$/;
const CODE_ROW = /^(\d{8})([A-Z])(\d{10,14})(?=-)/;
// Tables whose 项目名称 cells span rows: a page break falls between projects, never inside one.
const SPANNING = /绩效目标|绩效表/;
const FORM = /转移支付|整体支出/;

/** Each table of a text: the line of its title, the line after its last row, its title and header. */
function tablesOf(text: string) {
  const ls = lines(text);
  const starts = ls.flatMap((l, i) => (TITLE.test(l.replace(/\t/g, ' ').trim()) || /^转移支付.*绩效目标表\s*$/.test(l.trim()) ? [i] : []));
  return starts.map((title, k) => {
    const end = starts[k + 1] ?? ls.length;
    let body = title + 1;
    // The header: the lines before the first that holds an amount or a code.
    while (body < end && !ls[body]!.split('\t').some((c) => AMOUNT.test(c.trim()) || /^\d{8}[A-Z]|^\d{3,7}$/.test(c.trim()))) body++;
    return { title, end, body, text: ls[title]!.trim(), header: ls.slice(title + 1, body) };
  });
}

/** The lines of the tables of targets, where a blank line stands for a page break. */
function spanningLines(text: string): Set<number> {
  const out = new Set<number>();
  for (const t of tablesOf(text)) if (SPANNING.test(t.text)) for (let i = t.title; i < t.end; i++) out.add(i);
  return out;
}

/**
 * The title (with （续） or without it) and the header printed again as on continuation pages:
 * every 30 rows, or in a table of targets at its page breaks (a blank line, then the grid goes on).
 */
function repeatHeaders(text: string, continued: string | null): string {
  const ls = lines(text);
  const out: string[] = [];
  const tables = tablesOf(text);
  let rows = 0;
  ls.forEach((l, i) => {
    // Forms rather than grids (转移支付, 部门整体支出): no header row to print again.
    const t = ((x) => (x && FORM.test(x.text) ? undefined : x))(tables.findLast((x) => x.title <= i));
    const again = () => out.push(...(continued === null ? [] : [t!.text + continued]), ...t!.header);
    if (t && SPANNING.test(t.text) && i > t.body && l.includes('\t') && ls[i - 1] === '') again();
    out.push(l);
    if (!t || i === t.title) return void (rows = 0);
    if (SPANNING.test(t.text) || i < t.body || i + 1 >= t.end || !l.includes('\t') || !(ls[i + 1] ?? '').includes('\t') || ++rows < 30) return;
    out.push('');
    again();
    rows = 0;
  });
  return out.join('\n');
}

export const VARIANTS: Record<string, (t: string) => string | Uint8Array> = {
  'CRLF line endings': (t) => t.replace(/\n/g, '\r\n'),
  'CR line endings': (t) => t.replace(/\n/g, '\r'),
  'a byte-order mark and zero-width spaces': (t) => '\uFEFF' + mapCells(t, (c) => (c.length > 3 && rand() < 0.2 ? c.slice(0, 2) + '\u200B' + c.slice(2) : c)),
  'UTF-16 with a byte-order mark': (t) => {
    const b = new Uint8Array(2 + t.length * 2);
    b.set([0xff, 0xfe]);
    for (let i = 0; i < t.length; i++) new DataView(b.buffer).setUint16(2 + i * 2, t.charCodeAt(i), true);
    return b;
  },
  // In a table of targets a blank line is a page break, and a page number is printed only there.
  'page-number lines between rows': (t) => {
    const spanning = spanningLines(t);
    return lines(t).flatMap((l, i) => (spanning.has(i) ? l === '' : i % 37 === 36) ? [l, '', `- ${i} -`, `第 ${i} 页`, ''] : [l]).join('\n');
  },
  'HTML and markdown markup': (t) =>
    t
      .split('\n')
      .map((l) => (TITLE.test(l) && !l.includes('\t') ? `### **${l}**` : l.replace(/^(合\s*计)/, '<b>$1</b>').replace(/\t([\d,]+\.\d+)/, '\t<b>$1</b>')))
      .join('\n'),
  'thousands separators removed': (t) => mapCells(t, (c) => (/^\d{1,3}(,\d{3})+\.\d+$/.test(c) ? c.replace(/,/g, '') : c)),
  'thousands separators added': (t) => mapCells(t, (c) => (/^\d{4,}\.\d+$/.test(c) ? c.replace(/^(\d+)(?=\.)/, (d) => d.replace(/\B(?=(\d{3})+$)/g, ',')) : c)),
  // Grid cells only: in a free-text strip, spaces are what separates the cells.
  'cells broken by spaces': (t) =>
    mapGridCells(t, (c) => {
      if (c.length < 4 || rand() > 0.3) return c;
      const at = 1 + Math.floor(rand() * (c.length - 2));
      const pair = c[at - 1]! + c[at]!;
      return /^(?:[\u4e00-\u9fff]{2}|\d\d)$/.test(pair) ? c.slice(0, at) + ' ' + c.slice(at) : c;
    }),
  'trailing spaces and tabs': (t) => t.split('\n').map((l) => (l ? l + ' ' : l)).join('\n'),
  'full-width digits and punctuation in amounts': (t) => mapCells(t, (c) => (/^[\d,.]+$/.test(c) && rand() < 0.5 ? c.replace(/[\d,.]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : c)),
  'no-break spaces around cells': (t) => mapCells(t, (c) => (c && rand() < 0.3 ? `\u00a0${c}\u00a0` : c)),
  'numeric character references for spaces': (t) => mapCells(t, (c) => (c && rand() < 0.2 ? `&#160;${c}&nbsp;` : c)),
  'zero-width joiners and word joiners': (t) => mapCells(t, (c) => (c.length > 3 && rand() < 0.2 ? c.slice(0, 1) + '\u2060' + c.slice(1, 3) + '\u200d' + c.slice(3) : c)),
  'amounts without fixed decimals': (t) => mapCells(t, (c) => (/^\d[\d,]*\.\d+$/.test(c) ? c.replace(/\.?0+$/, '') : c)),
  'titles with empty cells and spaces around them': (t) => mapLines(t, (l) => (TITLE.test(l) ? `\t ${l.replace(' ', '  ')}\t ` : l)),
  'spaces inside cells': (t) => mapCells(t, (c) => (c && rand() < 0.3 ? ` ${c} ` : c)),
  'a blank line after every line outside the tables of targets': (t) => {
    const spanning = spanningLines(t);
    return lines(t).flatMap((l, i) => (spanning.has(i) ? [l] : [l, ''])).join('\n');
  },
  'a blank line after every title': (t) => mapLines(t, (l) => (TITLE.test(l) ? [l, '', ''] : l)),
  'titles wrapped over two lines': (t) =>
    mapLines(t, (l) => {
      const m = TITLE.exec(l);
      if (!m || m[4]!.length < 4) return l;
      const at = 2 + Math.floor(rand() * (m[4]!.length - 3));
      return [`${m[1]}${m[2]}${m[3]}${m[4]!.slice(0, at)}`, m[4]!.slice(at)];
    }),
  'titles letter-spaced': (t) =>
    mapLines(t, (l) => {
      const m = TITLE.exec(l);
      return m ? m[1]! + [...`${m[2]}${m[3]}${m[4]}`].filter((c) => c !== ' ').join(' ') : l;
    }),
  'title numbering without a leading zero': (t) => mapLines(t, (l) => l.replace(/^(\s*预算)0(\d表)/, '$1$2').replace(/^(\s*)预算表(\d+)/, '$1预算$2表')),
  'every row and title inside the table frame': (t) => mapLines(t, (l) => (l.includes('\t') || TITLE.test(l.trim()) || /^\s*金额单位/.test(l) ? '\t' + l : l)),
  'trailing empty cells on every row': (t) => mapLines(t, (l) => (l.includes('\t') ? l + '\t\t' : l)),
  'titles and headers printed again with （续） every 30 rows': (t) => repeatHeaders(t, '（续）'),
  'headers printed again every 30 rows': (t) => repeatHeaders(t, null),
  '金额单位 on the right of the line with 部门名称': (t) => mapLines(t, (l) => (/^\s*金额单位/.test(l) ? `部门名称：北京市某某局\t\t\t${l.trim()}` : l)),
  '金额单位 on the left of the line with 部门名称': (t) => mapLines(t, (l) => (/^\s*金额单位/.test(l) ? `${l.trim()}\t部门名称：北京市某某局` : l)),
  'a 部门名称 line before every 金额单位 line': (t) => mapLines(t, (l) => (/^\s*金额单位/.test(l) ? ['部门名称：北京市某某局', l] : l)),
  '三公 and 政府采购 tables printed in 元': (t) => {
    const ls = lines(t);
    for (const tb of tablesOf(t)) {
      if (!/三公|政府采购/.test(tb.text) || ls.slice(tb.title, tb.end).some((l) => /金额单位[:：]\s*元/.test(l))) continue;
      for (let i = tb.title + 1; i < tb.end; i++) {
        if (/金额单位/.test(ls[i]!)) ls[i] = ls[i]!.replace('万元', '元');
        else ls[i] = ls[i]!.split('\t').map((c) => (AMOUNT.test(c.trim()) ? new Decimal(c.trim().replace(/,/g, '')).times(10000).toFixed() : c)).join('\t');
      }
    }
    return ls.join('\n');
  },
  '合计 spaced out': (t) => mapLines(t, (l) => l.replace(/^合计\t/, '合  计\t').replace(/\t合计\t/, '\t合　计\t')),
  'ideographic spaces around cells': (t) => mapCells(t, (c) => (c && rand() < 0.3 ? `\u3000${c}\u3000` : c)),
  'soft hyphens in cells': (t) => mapCells(t, (c) => (c.length > 3 && rand() < 0.2 ? c.slice(0, 2) + '\u00AD' + c.slice(2) : c)),
  'a space before every tab': (t) => mapLines(t, (l) => l.replace(/\t/g, ' \t')),
  'project codes in lower case': (t) => mapLines(t, (l) => l.replace(CODE_ROW, (_m, a: string, b: string, c: string) => a + b.toLowerCase() + c)),
  'project codes with one zero fewer': (t) => mapLines(t, (l) => l.replace(/^(\d{8}[A-Z])0(\d{11,14})(?=-)/, '$1$2')),
};

