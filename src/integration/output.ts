import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes a file of the published site into the output folder while Astro renders its pages
 * there. Astro removes empty folders of the output folder once its pages are written
 * (`removeEmptyDirs`), so a folder made here may vanish before its first file lands in it: the
 * write then makes it again. A folder holding a file is never removed.
 */
export function writeOutputFile(out: string, path: string, body: string | Uint8Array): number {
  const file = join(out, path);
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, body);
      return typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || attempt > 3) throw e;
      mkdirSync(dirname(file), { recursive: true });
    }
  }
}

/** Opens a file of the output folder for writing in pieces (see `writeOutputFile` on folders). */
export function openOutputFile(out: string, path: string): number {
  const file = join(out, path);
  for (let attempt = 0; ; attempt++) {
    try {
      return openSync(file, 'w');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || attempt > 3) throw e;
      mkdirSync(dirname(file), { recursive: true });
    }
  }
}
