// Search over a built site in Chromium, as a reader would: the /search/ page is opened with an
// empty cache, the query typed and 搜索 pressed; timed, in the page, from the press to the first
// results painted (the frame after the first result is in the list) and to the complete answer
// (“找到 N 个结果”, every shard merged). The bytes and requests counted are those the press
// caused (resource timing: files fetched after the press, bytes on the wire), up to the first
// results and up to the complete answer; the page's own load (HTML, CSS, and the search script
// fetching Pagefind and the first shard's entry and page list) comes before and is timed apart.
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
  /** Requests and bytes between the press and the first results painted. */
  firstRequests: number;
  firstBytes: number;
  /** Requests and bytes between the press and the complete answer. */
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
      await page.locator('#q').press('Enter');
      await page.waitForFunction(() => {
        const m = (window as unknown as { __marks: Marks }).__marks;
        return m.done !== undefined && (m.first === undefined || m.first > 0);
      }, null, { timeout: 120_000 });
      const marks = await page.evaluate(() => (window as unknown as { __marks: Marks }).__marks);
      // Resource timing: each file fetched after the press, with its bytes on the wire.
      const loads = await page.evaluate(() => (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((r) => ({ start: r.startTime, end: r.responseEnd, bytes: r.transferSize })));
      const after = loads.filter((l) => l.start >= marks.submit!);
      const firstEnd = marks.first ?? marks.done!;
      const beforeFirst = after.filter((l) => l.end <= firstEnd);
      const status = (await page.locator('#status').textContent()) ?? '';
      out.push({
        query,
        found: Number(/找到 (\d+) 个/.exec(status)?.[1] ?? 0),
        pageLoadMs,
        firstMs: (marks.first ?? marks.done!) - marks.submit!,
        completeMs: marks.done! - marks.submit!,
        firstRequests: beforeFirst.length,
        firstBytes: beforeFirst.reduce((a, l) => a + l.bytes, 0),
        requests: after.length,
        bytes: after.reduce((a, l) => a + l.bytes, 0),
      });
      await context.close();
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}
