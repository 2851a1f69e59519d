// Every page type loads without console errors or failed requests, and works without JavaScript.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, open, PAGE_TYPE_NAMES, PAGE_TYPES, url, type PageType } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits for what the page does after load (the search page runs its query). */
export async function settle(page: Page, type: PageType) {
  if (type === 'search') await page.waitForFunction(() => /找到/.test(document.querySelector('[role=status]')?.textContent ?? ''));
}

/** What must be on each page type, with or without JavaScript. */
const CONTENT: Record<PageType, (page: Page) => Promise<void>> = {
  home: async (page) => {
    expect(await page.locator('h1').textContent()).toBe('北京市部门预算公开数据');
    expect(await page.locator('a[href^="/departments/"]').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('a[href^="/years/"]').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('a[href^="/projects/"]').count()).toBe(10);
  },
  department: async (page) => {
    expect(await page.locator('h1').textContent()).toBe('北京市市民热线服务中心');
    expect(await page.locator('table#budgets tbody tr').count()).toBe(2);
    expect(await page.locator('#compare h2').textContent()).toBe('历年比较');
  },
  budget: async (page) => {
    expect(await page.locator('h1').textContent()).toContain('2026 年部门预算');
    expect(await page.locator('.figures li').count()).toBeGreaterThan(2);
    expect(await page.locator('figure.treemap .tm-area a').count()).toBeGreaterThan(10);
    expect(await page.locator('#projects ~ ol.project-list > li').count()).toBeGreaterThan(10);
  },
  year: async (page) => {
    expect(await page.locator('.figures').textContent()).toContain('108,008.403171 万元');
    expect(await page.locator('figure.treemap .tm-area a, figure.treemap .tm-bars a').count()).toBeGreaterThan(1);
  },
  project: async (page) => {
    expect(await page.locator('h1').textContent()).toBe('接诉即办蓝皮书');
    expect(await page.locator('h3', { hasText: '绩效目标' }).count()).toBeGreaterThan(0);
    expect(await page.locator('a[href*="/sources/"][href*="#L"]').count()).toBeGreaterThan(3);
  },
  source: async (page) => {
    expect(await page.locator('.source li[id^="L"]').count()).toBeGreaterThan(100);
    expect(await page.locator('li#L1').count()).toBe(1);
  },
  search: async (page) => {
    expect(await page.locator('h1').textContent()).toBe('搜索部门、预算和项目');
    expect(await page.locator('form[role=search] input#q').count()).toBe(1);
  },
  data: async (page) => {
    expect(await page.locator('h1').textContent()).toBe('数据下载');
    expect(await page.locator('a[href$=".csv"]').count()).toBeGreaterThan(5);
    expect(await page.locator('a[href$="model.json"]').count()).toBeGreaterThan(3);
  },
  about: async (page) => {
    expect(await page.locator('h1').textContent()).toBe('关于本站');
    expect(await page.locator('main h2').count()).toBeGreaterThan(3);
  },
  '404': async (page) => {
    expect(await page.locator('h1').textContent()).toBe('页面不存在');
    expect(await page.locator('main a[href="/"]').count()).toBe(1);
  },
};

describe('every page type with JavaScript', () => {
  for (const type of PAGE_TYPE_NAMES) {
    it(`${type}: loads with no console errors and no failed requests`, async () => {
      const o = await open(browser);
      try {
        const response = await o.page.goto(PAGE_TYPES[type]);
        expect(response?.status()).toBe(type === '404' ? 404 : 200);
        await settle(o.page, type);
        await o.page.waitForLoadState('networkidle');
        await CONTENT[type](o.page);
        expect(await o.page.title()).toMatch(/北京市部门预算公开数据/);
        // The 404 page is itself answered with 404 (Chromium logs that); nothing else may fail.
        expect(o.errors.filter((e) => !(type === '404' && e.includes('status of 404') && e.includes(url(PAGE_TYPES[type]))))).toEqual([]);
        expect(o.failed.filter((f) => !(type === '404' && f === `${url(PAGE_TYPES[type])} HTTP 404`))).toEqual([]);
      } finally {
        await o.close();
      }
    });
  }
});

describe('every page type without JavaScript', () => {
  for (const type of PAGE_TYPE_NAMES) {
    it(`${type}: content is there`, async () => {
      const o = await open(browser, { javaScriptEnabled: false });
      try {
        await o.page.goto(PAGE_TYPES[type]);
        await CONTENT[type](o.page);
        if (type === 'search') expect(await o.page.getByRole('status').textContent()).toContain('需要启用 JavaScript');
        expect(o.failed.filter((f) => !f.endsWith('HTTP 404') || type !== '404')).toEqual([]);
      } finally {
        await o.close();
      }
    });
  }

  it('the home page search form leads to the search page', async () => {
    const o = await open(browser, { javaScriptEnabled: false });
    try {
      await o.page.goto('/');
      await o.page.locator('#q').fill('蓝皮书');
      await o.page.locator('form[role=search] button[type=submit]').click();
      await o.page.waitForURL('**/search/?q=*');
      expect(await o.page.locator('h1').textContent()).toBe('搜索部门、预算和项目');
    } finally {
      await o.close();
    }
  });

  it('treemap drill-down works by anchor without JavaScript', async () => {
    const o = await open(browser, { javaScriptEnabled: false });
    try {
      await o.page.goto('/departments/citizen-hotline-center/2026/');
      const rect = o.page.locator('figure[aria-labelledby="fn-title"] .tm-area a[href^="#fn-"]').first();
      const href = (await rect.getAttribute('href'))!;
      await rect.click();
      await o.page.waitForURL(`**${href}`);
      const box = await o.page.locator(`figure${href}`).boundingBox();
      expect(box!.y).toBeLessThan(o.page.viewportSize()!.height);
      expect(box!.y + box!.height).toBeGreaterThan(0);
    } finally {
      await o.close();
    }
  });
});
