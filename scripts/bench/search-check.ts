// Search over a built site in Chromium, as a reader would: the /search/ page with ?q=, timed
// until it says how many projects it found (every shard merged on the first query).
import { resolve } from 'node:path';
import { launch } from '../../test/e2e/chromium.ts';
import { serveStatic } from '../../test/e2e/server.ts';

export interface SearchCheck {
  query: string;
  found: number | null;
  seconds: number;
}

export async function searchInChromium(dist: string, queries: string[]): Promise<SearchCheck[]> {
  const server = await serveStatic(resolve(dist));
  const browser = await launch();
  try {
    const page = await browser.newPage({ locale: 'zh-CN' });
    const out: SearchCheck[] = [];
    for (const query of queries) {
      const started = performance.now();
      await page.goto(new URL(`/search/?q=${encodeURIComponent(query)}`, server.url).href);
      await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('#status')?.textContent ?? ''), null, { timeout: 120_000 });
      const status = (await page.locator('#status').textContent()) ?? '';
      out.push({ query, found: Number(/找到 (\d+) 个项目/.exec(status)?.[1] ?? 0), seconds: (performance.now() - started) / 1000 });
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}
