import { z } from 'zod';
import type { BudgetDocumentData } from '../../src/lib/data/entry.ts';
import { jsonSchemas } from '../../src/lib/model/schema.ts';
import { toJson } from '../../src/lib/model/serialize.ts';
import { parseSeedText, type SeedId } from '../helpers.ts';

/** The same schema the `budgets` collection validates entries with (src/content.config.ts). */
const budgetSchema = jsonSchemas.document.extend({ id: z.string(), consolidatedInto: z.string().nullable(), crossFindings: z.array(jsonSchemas.finding) });

/** A seed as the collection hands it to pages: parsed, serialized, validated (keys reordered by zod). */
export function seedEntry(id: SeedId, consolidatedInto: string | null = null): BudgetDocumentData & { id: string } {
  const doc = parseSeedText(id);
  return budgetSchema.parse({ id: `${doc.department}/${doc.year}`, ...toJson(doc), consolidatedInto, crossFindings: [] });
}

/** A small RFC 4180 reader, to check what the writer wrote. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') rows.push([...row, field]), (row = []), (field = ''), i++;
    else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}
