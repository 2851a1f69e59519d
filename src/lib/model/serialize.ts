import { Decimal } from './money.ts';
import type { BudgetDocument, DocumentJson } from './schema.ts';

/** Decimals become decimal strings in 万元; everything else is already plain data. */
export function toJson(doc: BudgetDocument): DocumentJson {
  return plain(doc) as DocumentJson;
}

export function plain(v: unknown): unknown {
  if (Decimal.isDecimal(v)) return (v as Decimal).toFixed();
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}
