// Search over a built site in Chromium, as a reader would: the /search/ page is opened with an
// empty cache, the query typed and 搜索 pressed; timed, in the page, from the press to the first
// results painted (the frame after the first result is in the list) and to the complete answer
// (“找到 N 个结果”, every shard merged). The bytes and requests counted are those the press
// caused; the page's own load (HTML, CSS, and the search script fetching Pagefind and the newest
// shard's entry) comes before it and is timed apart, as `page load`.
import { resolve } from 'node:path';
import { launch } from '../../test/e2e/chromium.ts';
import { serveStatic } from '../../test/e2e/server.ts';

export interface SearchCheck {
  query: string;
  found: number | null;
  /** Opening /search/ until Pagefind is loaded (ms). */
  pageLoadMs: number;
  /** From pressing search to the first results painted (ms). */
  firstMs: number;
  /** From pressing search to the complete count (ms). */
  completeMs: number;
  requests: number;
  bytes: number;
}

interface Marks {
  submit?: number;
  first?: number;
  done?: number;
}

export async function searchInChromium(dist: string, queries: string[]): Promise<SearchCheck[]> {
  const server = await serveStatic(resolve(dist));
  const browser = await launch();
  try {
    const out: SearchCheck[] = [];
    for (const query of queries) {
      // A new context for each query: an empty cache, as a first visit.
      const context = await browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(new URL('/search/', server.url).href);
      // The page loads Pagefind and the newest shard's entry as soon as it opens.
      await page.waitForLoadState('networkidle');
      const pageLoadMs = performance.now() - started;
      let pressed = false;
      let requests = 0;
      let bytes = 0;
      const counting: Promise<void>[] = [];
      page.on('requestfinished', (r) => {
        if (!pressed) return;
        requests++;
        counting.push(r.sizes().then((s) => void (bytes += s.responseBodySize + s.responseHeadersSize)));
      });
      await page.evaluate(() => {
        const marks: Marks = {};
        (window as unknown as { __marks: Marks }).__marks = marks;
        const status = document.querySelector('#status')!;
        document.querySelector('#search-form')!.addEventListener('submit', () => (marks.submit = performance.now()), { capture: true });
        new MutationObserver(() => {
          if (marks.first === undefined && document.querySelector('#results li')) {
            marks.first = -1;
            requestAnimationFrame(() => (marks.first = performance.now()));
          }
          if (marks.done === undefined && /找到|没有找到/.test(status.textContent ?? '')) marks.done = performance.now();
        }).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      await page.locator('#q').fill(query);
      pressed = true;
      await page.locator('#q').press('Enter');
      await page.waitForFunction(() => {
        const m = (window as unknown as { __marks: Marks }).__marks;
        return m.done !== undefined && (m.first === undefined || m.first > 0);
      }, null, { timeout: 120_000 });
      const marks = await page.evaluate(() => (window as unknown as { __marks: Marks }).__marks);
      await Promise.all(counting);
      const status = (await page.locator('#status').textContent()) ?? '';
      out.push({
        query,
        found: Number(/找到 (\d+) 个/.exec(status)?.[1] ?? 0),
        pageLoadMs,
        firstMs: (marks.first ?? marks.done!) - marks.submit!,
        completeMs: marks.done! - marks.submit!,
        requests,
        bytes,
      });
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}
