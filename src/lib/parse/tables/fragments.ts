import { isAmount } from '../../model/money.ts';
import { MIN_SERIAL_DIGITS, splitProjectCode } from '../../model/project-code.ts';
import { decodedText, displayWidth, type Row } from '../normalize.ts';

interface Token {
  text: string;
  line: number;
}

/**
 * A cell cut by a page break is drawn again outside the table grid: free-text lines, each a
 * horizontal strip through the row's cells with spaces between the cells
 * ("8124-中国国际服务 7,644.000000 7,644.000000 筹、招商招展、").
 */
export interface Fragment {
  /** The strips that carry text. */
  rows: Row[];
  /** Strips with no CJK text and no amount: markup left over from the publishing system. */
  residue: Row[];
  /** The first token that starts a project code, and where the rest of a cut code goes on. */
  code: Token | null;
  suffix: Token | null;
  /** The name as far as the code's strips print it. */
  name: string;
  /** Amounts on the strip that carries the code (or its rest). */
  codeAmounts: Token[];
  /** Amounts on the other strips. */
  amounts: Token[];
}

const CODE_START = /^\d{8}[A-Za-z]\d*/;
const CJK = /[\u3400-\u9FFF]/;
// The page number drawn on the same line as the last strip of a page: "…完成食第 31 页，共 40 页".
const PAGE_NUMBER = /第\s*\d{1,4}\s*页\s*[，,]?\s*(?:共\s*\d{1,4}\s*页)?\s*$/;
// The rest of a cut code: digits, then the name or nothing ("8124-中国国际服务").
const SUFFIX = /^\d{1,12}(?:-|$)/;

/** Splits a strip at its spaces: the raw line, because cleaning joins text across them. */
function tokens(row: Row): string[] {
  const ts = decodedText(row.raw).replace(PAGE_NUMBER, ' ').trim().split(/[\s\u00A0\u3000]+/).filter((t) => t !== '');
  return ts.reduce<string[]>((out, t) => {
    // An amount whose decimal point the drawing lost: "264 640000" for 264.640000. Amounts read
    // from free text must repeat a figure of the grid, so a wrong join cannot pass unnoticed.
    const prev = out[out.length - 1];
    if (prev !== undefined && /^\d{6}$/.test(t) && /^\d{1,3}(,\d{3})*$/.test(prev)) out[out.length - 1] = `${prev}.${t}`;
    else out.push(t);
    return out;
  }, []);
}

function cutOff(code: string): boolean {
  const split = splitProjectCode(code);
  return split !== null && split.serialDigits < MIN_SERIAL_DIGITS;
}

export function isResidue(row: Row): boolean {
  const ts = tokens(row);
  return ts.length > 0 && !ts.some((t) => CJK.test(t) || isAmount(t) || CODE_START.test(t) || SUFFIX.test(t));
}

/** Splits free-text strips before each strip that starts a project code. */
export function splitAtCodes(strips: readonly Row[]): Row[][] {
  const groups: Row[][] = [[]];
  for (const row of strips) {
    if (CODE_START.test(tokens(row)[0] ?? '') && groups[groups.length - 1]!.length > 0) groups.push([]);
    groups[groups.length - 1]!.push(row);
  }
  return groups;
}

/** `pending` is the start of a code cut off before these strips, whose rest they may print. */
export function cellFragments(strips: readonly Row[], pending: Token | null = null): Fragment {
  const f: Fragment = { rows: [], residue: [], code: null, suffix: null, name: '', codeAmounts: [], amounts: [] };
  let codeStrip = -1;
  let suffixStrip = -1;
  strips.forEach((row) => {
    if (isResidue(row)) {
      f.residue.push(row);
      return;
    }
    f.rows.push(row);
  });
  // Each strip's tokens, read once.
  const toks = f.rows.map(tokens);
  f.rows.forEach((row, i) => {
    const first = toks[i]![0] ?? '';
    if (!f.code && CODE_START.test(first)) {
      const dash = first.indexOf('-');
      f.code = { text: dash >= 0 ? first.slice(0, dash) : first, line: row.line };
      codeStrip = i;
      if (dash >= 0) f.name += first.slice(dash + 1);
      return;
    }
    // The rest of a code cut off in this block, or before it.
    if (!f.suffix && SUFFIX.test(first) && (f.code ? !f.name && cutOff(f.code.text) : pending !== null)) {
      if (!f.code) {
        f.code = pending;
        codeStrip = i;
      }
      const digits = /^\d+/.exec(first)![0];
      f.suffix = { text: digits, line: row.line };
      suffixStrip = i;
      f.name += first.slice(digits.length).replace(/^-/, '');
    }
  });
  // The row's amounts: on the strip of the code (or of its rest), else the first strip after it
  // that starts with amounts ("236.580000 236.580000") or with a piece of the name and then
  // amounts ("北京版权资源信息平台运 374.403000 374.403000").
  let amountStrip = -1;
  // The rest of a cut code may come after the amounts: "11000022T0000004572" | "37.400000 …" | "15-会计…".
  if (codeStrip >= 0) {
    amountStrip = toks.findIndex((ts, i) => i >= codeStrip && ts.some(isAmount) && !(i === suffixStrip && ts.length === 1));
    if (amountStrip > codeStrip && !startsWithAmounts(toks[amountStrip]!)) amountStrip = -1;
    f.name += nameAfter(toks.slice(Math.max(codeStrip, suffixStrip) + 1), f.name !== '');
  }
  f.rows.forEach((row, i) => {
    const ts = toks[i]!;
    const target = i === amountStrip ? f.codeAmounts : f.amounts;
    for (const t of ts) if (isAmount(t) && !(i === suffixStrip && t === ts[0])) target.push({ text: t, line: row.line });
  });
  return f;
}

const SENTENCE_END = /[。！？]$/;
const PUNCTUATED = /[，。；！？、,;]/;

function startsWithAmounts(ts: string[]): boolean {
  return isAmount(ts[0] ?? '') || (ts.length > 1 && CJK.test(ts[0]!) && isAmount(ts[1]!));
}

/**
 * The rest of the 项目名称 cell in the strips after the code: each strip is a slice through the
 * name, amount and goal cells, so a strip that prints the name column prints it first, before
 * amounts or goal text. A strip of one token may be either cell, so the name is read up to the
 * first such strip once a piece of it is found; what follows may still belong to it.
 */
function nameAfter(strips: readonly string[][], named: boolean): string {
  // The goal cell's text ends with a sentence; one-token strips after its last strip, with no
  // punctuation, are the name cell going on ("北京版权资源信息平台运" … "中心业务提供支撑。" … "维项目").
  const goalEnds = strips.findLastIndex((ts) => ts.length === 1 && SENTENCE_END.test(ts[0]!) && !ts.every(isAmount));
  const after = goalEnds >= 0 && strips.slice(goalEnds + 1).every((ts) => ts.length === 1 && !PUNCTUATED.test(ts[0]!)) ? goalEnds : strips.length;
  // The goal column's width: its strips are punctuated. A one-token strip wider than all of them
  // cannot be the goal's, and is the name cell going on ("…应急预" | "化整体运维服务项目" | "案。").
  const goalStrips = strips.filter((ts) => ts.length === 1 && PUNCTUATED.test(ts[0]!));
  const goalWidth = goalStrips.length >= 3 ? Math.max(...goalStrips.map((ts) => displayWidth(ts[0]!))) : Infinity;
  let name = '';
  let stopped = false;
  for (const [i, ts] of strips.entries()) {
    if (ts.every(isAmount)) continue;
    if (ts.length < 2) {
      if ((name && i > after) || ((name || named) && !stopped && displayWidth(ts[0]!) >= goalWidth + 1)) name += ts[0];
      else if (name) stopped = true;
      continue;
    }
    if (stopped) continue;
    // The first piece may keep the "-" between the code and the name.
    if (CJK.test(ts[0]!) && !isAmount(ts[0]!)) name += name ? ts[0] : ts[0]!.replace(/^-/, '');
  }
  return name;
}
