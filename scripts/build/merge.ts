import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Moves everything under `from` into `to` by renaming (same filesystem, so no copying): a folder
 * both have, such as data/, is merged entry by entry; a file both have is an error, because two
 * stages of the build would then claim the same URL.
 */
export function moveInto(from: string, to: string): void {
  for (const name of readdirSync(from)) {
    const src = join(from, name);
    const dest = join(to, name);
    if (!existsSync(dest)) renameSync(src, dest);
    else if (statSync(src).isDirectory() && statSync(dest).isDirectory()) moveInto(src, dest);
    else throw new Error(`build: ${dest} is written both by Astro and by the data/search stage`);
  }
  rmSync(from, { recursive: true, force: true });
}
