// Crawls a built site on disk (`npm run crawl -- DIR`, default dist/): every internal link and
// resource must resolve and every #fragment name an id. Exits 1 with the broken links listed.
import { existsSync } from 'node:fs';
import { crawl } from './site-crawl.ts';

const dir = process.argv[2] ?? 'dist';
if (!existsSync(dir)) {
  console.error(`crawl: expected a built site in ${dir}, found no such folder (run npm run build)`);
  process.exit(2);
}
const r = crawl(dir);
for (const b of r.broken.slice(0, 50)) console.error(`${b.page}: ${b.link} — ${b.reason}`);
for (const d of r.duplicateIds.slice(0, 50)) console.error(`${d.page}: id "${d.id}" used twice`);
console.log(`${dir}: ${r.pages} pages, ${r.links} internal links; ${r.broken.length} broken, ${r.duplicateIds.length} duplicate ids`);
process.exit(r.broken.length + r.duplicateIds.length > 0 ? 1 : 0);
