// Treemaps read at a phone's width and a desktop's: every name a rectangle shows is whole (not
// cut by its box) and at least 12 CSS px, with its amount and share; every rectangle that shows
// no name is listed beside the chart with its amount and share. No hovering needed.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launch, open, PAGE_TYPES, PHONE } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES = [PAGE_TYPES.budget, '/departments/citizen-hotline-center/2026/', PAGE_TYPES.year];

// The two widths the issue names, a small phone (the narrow tier's narrowest width, 336 px of
// chart) and a laptop (the middle tier).
for (const viewport of [PHONE, DESKTOP, { width: 360, height: 780 }, { width: 1024, height: 768 }]) {
  describe(`${viewport.width} px`, () => {
    for (const path of PAGES) {
      it(`${path}: names whole and ≥ 12 px, shares shown, the rest listed`, async () => {
        const o = await open(browser, { viewport, javaScriptEnabled: false });
        try {
          await o.page.goto(path);
          await o.page.evaluate(() => document.fonts.ready);
          const report = await o.page.evaluate(() => {
            const problems: string[] = [];
            let named = 0;
            let listedCount = 0;
            const inside = (inner: DOMRect, outer: DOMRect) => inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5 && inner.top >= outer.top - 0.5 && inner.bottom <= outer.bottom + 0.5;
            const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
            // A level of one or two parts is a list with bars: its names are text in the page flow.
            named += document.querySelectorAll('figure.treemap .tm-bars > li').length;
            for (const fig of document.querySelectorAll('figure.treemap')) {
              // A reader opens the folded tail of a long list (其余 N 个较小的方块) with one tap.
              for (const more of fig.querySelectorAll('details.tm-more')) (more as HTMLDetailsElement).open = true;
              const title = fig.querySelector('figcaption strong')?.textContent ?? fig.id;
              const listed = new Map<string, string>();
              for (const li of fig.querySelectorAll('.tm-list li')) {
                if (!li.checkVisibility()) continue;
                const name = li.querySelector('a, span:not(.tm-swatch):not(.tm-fig)')?.textContent ?? '';
                const figure = li.querySelector('.tm-fig')?.textContent ?? '';
                listed.set(name, figure);
                if (!/(万元|亿元) · (<?\d+\.\d%)$/.test(figure)) problems.push(`${title}: list item ${name} has no amount and share: “${figure}”`);
                if (px(li) < 12) problems.push(`${title}: list item ${name} at ${px(li)} px`);
              }
              for (const box of fig.querySelectorAll<HTMLElement>('.tm-area > .tm-box')) {
                const label = box.querySelector('.tm-label')!;
                const figure = box.querySelector('.tm-fig')!;
                const text = box.querySelector('.tm-text')!;
                const name = label.textContent ?? '';
                const b = box.getBoundingClientRect();
                if (text.getBoundingClientRect().width > 1) {
                  named++;
                  for (const el of [label, figure]) {
                    if (px(el) < 12) problems.push(`${title}: ${name} drawn at ${px(el)} px`);
                    if (!inside(el.getBoundingClientRect(), b)) problems.push(`${title}: ${name} runs out of its box`);
                  }
                  if (box.scrollHeight > box.clientHeight + 0.5 || box.scrollWidth > box.clientWidth + 0.5) problems.push(`${title}: ${name} is cut (${box.scrollWidth}×${box.scrollHeight} in ${box.clientWidth}×${box.clientHeight})`);
                  if (!/%/.test(figure.textContent ?? '')) problems.push(`${title}: ${name} shows no share`);
                } else {
                  listedCount++;
                  if (!listed.has(name)) problems.push(`${title}: ${name} shows no name and is not listed`);
                  const num = box.querySelector('.tm-num')!;
                  if (num.checkVisibility()) {
                    if (px(num) < 12) problems.push(`${title}: number of ${name} at ${px(num)} px`);
                    if (!inside(num.getBoundingClientRect(), b)) problems.push(`${title}: number of ${name} runs out of its box`);
                  }
                }
              }
            }
            return { problems, named, listed: listedCount };
          });
          expect(report.problems).toEqual([]);
          expect(report.named, 'rectangles that show their name').toBeGreaterThan(0);
        } finally {
          await o.close();
        }
      });
    }
  });
}
