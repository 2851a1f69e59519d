import { Buffer, isUtf8, transcode } from 'node:buffer';
import { issue, type Result } from './issues.ts';

/**
 * Bytes → lines. Accepts UTF-8 (with or without BOM) and UTF-16 with a BOM; any line ending.
 * A file with NUL bytes or undecodable bytes is binary, not a budget.
 */
export function decode(bytes: Uint8Array, file: string): Result<string[] | null> {
  if (bytes.length === 0) return fail(file, 'empty-file', 'expected a budget document, found an empty file');
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (bytes.includes(0)) return fail(file, 'binary-file', 'expected UTF-8 text, found binary data (NUL bytes)');
    if (!isUtf8(bytes)) return fail(file, 'binary-file', 'expected UTF-8 text, found bytes that are not UTF-8');
    text = utf8ToString(bytes);
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return fail(file, 'empty-file', 'expected a budget document, found only blank lines');
  // Most files use \n alone; a string separator splits faster than the regex.
  const lines = text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return { value: lines, issues: [] };
}

/**
 * Validated UTF-8 → string. Node's own UTF-8 decoder is slow on CJK text; ICU's transcoder
 * into UTF-16 followed by a plain UTF-16 copy is several times faster, and for valid UTF-8
 * (checked by the caller) gives the same string, BOM included.
 */
function utf8ToString(bytes: Uint8Array): string {
  const utf16 = transcode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'utf8', 'utf16le');
  return utf16.toString('utf16le');
}

function fail(file: string, code: 'empty-file' | 'binary-file', message: string): Result<null> {
  return { value: null, issues: [issue(code, file, 1, message)] };
}
