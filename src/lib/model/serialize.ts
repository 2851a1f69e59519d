import { Decimal } from './money.ts';
import type { BudgetDocument, DocumentJson } from './schema.ts';

/** Decimals become decimal strings in 万元; everything else is already plain data. */
export function toJson(doc: BudgetDocument): DocumentJson {
  // Decimal's toJSON is its decimal string (money.ts turns exponent notation off); the native
  // round trip is several times faster than walking the model.
  return JSON.parse(JSON.stringify(doc)) as DocumentJson;
}

export function plain(v: unknown): unknown {
  if (Decimal.isDecimal(v)) return (v as Decimal).toFixed();
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}
