import { readFileSync } from 'node:fs';
import { decode } from '../parse/decode.ts';

/** The source document's lines as published, for the line-numbered source page. */
export function sourceLines(file: string): string[] {
  return decode(readFileSync(file), file).value ?? [];
}
