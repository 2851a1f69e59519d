import { Decimal } from '../model/money.ts';
import { economicName, functionLabels, functionName } from '../classify/code-names.ts';

/** A printed row as far as naming goes: its code, the name printed beside it, its amount. */
export interface NamedRow {
  code: string;
  name: string;
  total: string | null;
}

/**
 * The name of a 类 (3 digits) or 款 (5 digits) of any classification, from the national table
 * (src/lib/classify). A budget table prints only 项-level codes, so a 类 or 款 the table does not
 * name (政府预算 503/504, a few 款 left out on purpose: docs/code-names.md) has no printed name to
 * fall back on. Then the group is described by what it holds, its largest members by amount
 * ("设备购置、公务用车购置等"): a description a reader can check, never a guessed name. The
 * code itself is the last resort (no member has a name).
 */
export function groupLabel(code: string, members: readonly NamedRow[]): string {
  const named = code[0] === '2' ? functionName(code) : economicName(code);
  if (named) return named;
  const byName = new Map<string, Decimal>();
  for (const m of members) {
    const name = memberName(m, code.length + 2);
    if (name) byName.set(name, (byName.get(name) ?? new Decimal(0)).plus(m.total ?? 0));
  }
  const names = [...byName].sort((a, b) => b[1].comparedTo(a[1])).map(([n]) => n);
  if (!names.length) return `科目 ${code}`;
  return names.length > 2 ? `${names.slice(0, 2).join('、')}等` : names.join('、');
}

/** A member named at the level below its group (a 类's 款, a 款's 项): from the table, else as printed. */
function memberName(m: NamedRow, length: number): string | undefined {
  const next = m.code.slice(0, length);
  const own = next[0] === '2' ? functionName(next) : economicName(next);
  return own ?? (next === m.code ? m.name.trim() || undefined : undefined);
}

/**
 * Labels of the function 项 shown together (one treemap level, one table): the national name,
 * else the printed one; a name that repeats within the set carries its 款, then its code
 * (functionLabels in src/lib/classify).
 */
export function itemLabels(rows: readonly { code: string; name: string }[]): Map<string, string> {
  return functionLabels(rows.map((r) => ({ code: r.code, name: r.name })));
}

/** The economic name of a printed code, else the printed name (its spelling may differ: 维修(护)费). */
export function economicLabel(code: string, printed: string): string {
  return economicName(code) ?? printed;
}
