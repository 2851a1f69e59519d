// Phone (390 px) and desktop (1280 px): no horizontal scrolling on any page type; full-page
// screenshots saved to artifacts/screenshots/ for a human to look at.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launch, open, PAGE_TYPE_NAMES, PAGE_TYPES, PHONE, type PageType } from './browser.ts';

const SHOTS = resolve(import.meta.dirname, '../../artifacts/screenshots');
/** Long pages (the source, a big budget) are cut here: enough to see, small enough to keep. */
const MAX_SHOT_HEIGHT = 6000;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Elements sticking out to the right of the viewport, outside any scrolling container. */
function overflowing(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const scrolls = (el: Element | null): boolean => {
      for (let e = el; e && e !== document.documentElement; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (/(auto|scroll|hidden|clip)/.test(s.overflowX)) return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.right > window.innerWidth + 0.5 && !scrolls(el.parentElement)) {
        out.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ').join('.') : ''} right=${Math.round(r.right)} “${(el.textContent ?? '').trim().slice(0, 40)}”`);
      }
    }
    return out.slice(0, 10);
  });
}

async function settle(page: Page, type: PageType) {
  if (type === 'search') await page.waitForFunction(() => /找到/.test(document.querySelector('[role=status]')?.textContent ?? ''));
}

for (const [device, viewport] of [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const) {
  describe(`${device} (${viewport.width} px)`, () => {
    for (const type of PAGE_TYPE_NAMES) {
      it(`${type}: no horizontal scrolling`, async () => {
        const o = await open(browser, { viewport });
        try {
          const { page } = o;
          await page.goto(PAGE_TYPES[type]);
          await settle(page, type);
          await page.evaluate(() => document.fonts.ready);
          const { scrollWidth, innerWidth, height } = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth: window.innerWidth,
            height: document.documentElement.scrollHeight,
          }));
          await page.screenshot({
            path: join(SHOTS, `${device}-${type}.png`),
            fullPage: true,
            clip: { x: 0, y: 0, width: viewport.width, height: Math.min(height, MAX_SHOT_HEIGHT) },
          });
          expect(innerWidth).toBe(viewport.width);
          if (scrollWidth > innerWidth) expect(await overflowing(page), `scrollWidth ${scrollWidth} > ${innerWidth}`).toEqual([]);
          expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
        } finally {
          await o.close();
        }
      });
    }
  });
}

describe('phone: wide tables scroll inside their own box', () => {
  it('the budget page tables and treemaps fit, the figures wrap', async () => {
    const o = await open(browser, { viewport: PHONE });
    try {
      const { page } = o;
      await page.goto(PAGE_TYPES.budget);
      const widths = await page.evaluate(() => ({
        treemaps: [...document.querySelectorAll('figure.treemap svg')].map((s) => s.getBoundingClientRect().right),
        figures: [...document.querySelectorAll('.figures li')].map((s) => s.getBoundingClientRect().right),
      }));
      for (const right of [...widths.treemaps, ...widths.figures]) expect(right).toBeLessThanOrEqual(390);
    } finally {
      await o.close();
    }
  });
});

describe('phone: table names never wrap one character per line', () => {
  it.each([PAGE_TYPES.department, PAGE_TYPES.year, '/departments/gov-services-data-bureau/'])('%s', async (path) => {
    const o = await open(browser, { viewport: PHONE });
    try {
      const { page } = o;
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      // A cell whose text breaks into three lines or more with fewer than three characters a line
      // on average reads (nearly) one character per line.
      const narrow = await page.evaluate(() =>
        [...document.querySelectorAll('main table th, main table td')].flatMap((c) => {
          const text = (c.textContent ?? '').replace(/\s+/g, '');
          const range = document.createRange();
          range.selectNodeContents(c);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
          return lines >= 3 && text.length / lines < 3 ? [`${text.slice(0, 20)} (${lines} lines)`] : [];
        }),
      );
      expect(narrow).toEqual([]);
    } finally {
      await o.close();
    }
  });
});
