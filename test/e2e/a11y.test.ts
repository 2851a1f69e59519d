// axe-core on every page type (WCAG 2.0/2.1 A and AA), and the treemaps by keyboard.
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, open, PAGE_TYPE_NAMES, PAGE_TYPES, type PageType } from './browser.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (tags) => {
    const r = await (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Violation[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, TAGS);
  // One readable line per violation, with its first few nodes.
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')} :: ${v.nodes[0]?.failureSummary.replace(/\s+/g, ' ').slice(0, 200)}`);
}

async function settle(page: Page, type: PageType) {
  if (type === 'search') await page.waitForFunction(() => /找到/.test(document.querySelector('[role=status]')?.textContent ?? ''));
}

describe('axe-core: WCAG 2.1 A/AA', () => {
  for (const type of PAGE_TYPE_NAMES) {
    it(`${type}: no violations`, async () => {
      const o = await open(browser);
      try {
        await o.page.goto(PAGE_TYPES[type]);
        await settle(o.page, type);
        // Open every <details> so the table alternatives are checked too.
        await o.page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        expect(await axe(o.page)).toEqual([]);
      } finally {
        await o.close();
      }
    });
  }

  it('search with filters chosen and no results: no violations', async () => {
    const o = await open(browser);
    try {
      await o.page.goto('/search/?q=%E9%BD%89%E9%BE%98%E9%9D%90&%E5%B9%B4%E5%BA%A6=2026');
      await settle(o.page, 'search');
      expect(await o.page.locator('#filters select').count()).toBe(3);
      expect(await axe(o.page)).toEqual([]);
    } finally {
      await o.close();
    }
  });
});

describe('treemaps by keyboard', () => {
  const PAGE = '/departments/citizen-hotline-center/2026/';

  it('every rectangle link of a treemap is reached with Tab, in order', async () => {
    const o = await open(browser);
    try {
      const { page } = o;
      await page.goto(PAGE);
      for (const figure of ['figure[aria-labelledby="fn-title"]', 'figure[aria-labelledby="projects-title"]']) {
        const expected = await page.locator(`${figure} .tm-area a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(expected.length).toBeGreaterThan(1);
        // Start from the element just before the treemap: the last focusable thing before it.
        await page.evaluate((sel) => {
          const fig = document.querySelector(sel)!;
          const before = [...document.querySelectorAll<HTMLElement>('a[href], summary, button, input, select')].filter(
            (el) => fig.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING && el.checkVisibility(),
          );
          before.at(-1)!.focus();
        }, figure);
        const reached: (string | null)[] = [];
        for (let i = 0; i < expected.length; i++) {
          await page.keyboard.press('Tab');
          reached.push(
            await page.evaluate((sel) => {
              const el = document.activeElement;
              return el && el.closest(`${sel} .tm-area`) ? el.getAttribute('href') : `outside: ${el?.tagName} ${el?.textContent?.slice(0, 30)}`;
            }, figure),
          );
        }
        expect(reached).toEqual(expected);
        // The focused rectangle is visible on screen and has a visible focus style.
        const focus = await page.evaluate(() => {
          const s = getComputedStyle(document.activeElement as Element);
          return { outlineWidth: s.outlineWidth, outlineStyle: s.outlineStyle };
        });
        expect(focus.outlineWidth).toBe('3px');
        expect(focus.outlineStyle).toBe('solid');
      }
    } finally {
      await o.close();
    }
  });

  it('Enter on a focused rectangle drills down (anchor) and opens a project', async () => {
    const o = await open(browser);
    try {
      const { page } = o;
      await page.goto(PAGE);
      const drill = page.locator('figure[aria-labelledby="fn-title"] .tm-area a[href^="#fn-"]').first();
      const href = (await drill.getAttribute('href'))!;
      await drill.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${href}`);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(href.slice(1));

      const project = page.locator('figure[aria-labelledby="projects-title"] .tm-area a[href^="/projects/"]').first();
      const projectHref = (await project.getAttribute('href'))!;
      await project.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${projectHref}`);
      expect(o.errors).toEqual([]);
    } finally {
      await o.close();
    }
  });

  it('each treemap has its table alternative in a <details>, one row per rectangle', async () => {
    const o = await open(browser, { javaScriptEnabled: false });
    try {
      for (const path of [PAGE, PAGE_TYPES.budget, PAGE_TYPES.year]) {
        await o.page.goto(path);
        const figures = await o.page.locator('figure.treemap').evaluateAll((figs) =>
          figs.map((f) => ({
            id: f.id || f.getAttribute('aria-labelledby'),
            // A rectangle, or a line of a level drawn as a list with bars.
            shapes: f.querySelectorAll('.tm-area > .tm-box, .tm-bars > li').length,
            rows: f.querySelectorAll('details.tm-table table tbody tr').length,
            summary: f.querySelector('details.tm-table > summary')?.textContent ?? null,
            // Every box holds its name and figure as text (shown, or for screen readers only).
            named: [...f.querySelectorAll('.tm-area > .tm-box, .tm-bars > li')].filter((b) => (b.querySelector('.tm-label, .tm-bar-name')?.textContent ?? '') !== '' && /万元|亿元/.test(b.querySelector('.tm-fig')?.textContent ?? '')).length,
          })),
        );
        expect(figures.length, path).toBeGreaterThan(0);
        for (const f of figures) {
          expect(f.summary, `${path} ${f.id}`).toContain('以表格查看');
          expect(f.rows, `${path} ${f.id}`).toBe(f.shapes);
          expect(f.named, `${path} ${f.id}`).toBe(f.shapes);
        }
      }
      // The summary opens the table with the keyboard.
      await o.page.goto(PAGE);
      const summary = o.page.locator('figure[aria-labelledby="fn-title"] details.tm-table > summary');
      await summary.focus();
      await o.page.keyboard.press('Enter');
      expect(await o.page.locator('figure[aria-labelledby="fn-title"] details table').isVisible()).toBe(true);
    } finally {
      await o.close();
    }
  });
});
