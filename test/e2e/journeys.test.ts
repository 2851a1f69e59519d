// Journeys a citizen takes: from the home page down to the printed line behind an amount; a
// year's total; one department across years.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalAmount, launch, numbersIn, open, type Opened } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function withPage(fn: (o: Opened) => Promise<void>) {
  const o = await open(browser);
  try {
    await fn(o);
    expect(o.errors, 'console errors').toEqual([]);
    expect(o.failed, 'failed requests').toEqual([]);
  } finally {
    await o.close();
  }
}

const targetId = (o: Opened) => o.page.evaluate(() => document.querySelector(':target')?.id ?? null);

describe('journeys', () => {
  it('home → department → budget → treemap → next level → project → source line', async () => {
    await withPage(async (o) => {
      const { page } = o;
      await page.goto('/');
      await page.locator('ul.cards a', { hasText: '北京市市民热线服务中心' }).first().click();
      await page.waitForURL('**/departments/citizen-hotline-center/');
      expect(await page.locator('h1').textContent()).toBe('北京市市民热线服务中心');

      await page.locator('table#budgets').getByRole('link', { name: '2026 年', exact: true }).click();
      await page.waitForURL('**/departments/citizen-hotline-center/2026/');
      expect(await page.locator('h1').textContent()).toContain('2026 年部门预算');

      // The function-class treemap (类): click a rectangle, a box <a>, that drills down.
      const top = page.locator('figure[aria-labelledby="fn-title"] .tm-area a[href^="#fn-"]').first();
      const classHref = (await top.getAttribute('href'))!;
      await top.click();
      await page.waitForURL(`**${classHref}`);
      expect(await targetId(o)).toBe(classHref.slice(1));
      const classFigure = page.locator(`figure${classHref}`);
      expect(await classFigure.isVisible()).toBe(true);

      // The next levels (款, then 项), again by anchor, until a rectangle links to a source line;
      // a level with a single child is skipped by design, one of two parts is a list with bars.
      let figure = classFigure;
      let xiang = figure.locator('.tm-area a, .tm-bars a');
      for (let depth = 0; depth < 2 && (await xiang.first().getAttribute('href'))!.startsWith('#fn-'); depth++) {
        const next = xiang.first();
        const href = (await next.getAttribute('href'))!;
        await next.click();
        await page.waitForURL(`**${href}`);
        expect(await targetId(o)).toBe(href.slice(1));
        figure = page.locator(`figure${href}`);
        xiang = figure.locator('.tm-area a, .tm-bars a');
      }
      expect(await xiang.count()).toBeGreaterThan(0);
      expect(await xiang.first().getAttribute('href')).toMatch(/^\/sources\/citizen-hotline-center\/2026\/#L\d+$/);

      // A project, from the project treemap.
      const projectRect = page.locator('figure[aria-labelledby="projects-title"] .tm-area a[href^="/projects/"]').first();
      const projectName = (await projectRect.locator('.tm-label').textContent())!;
      await projectRect.click();
      await page.waitForURL('**/projects/*/');
      expect(await page.locator('h1').textContent()).toBe(projectName);

      // Its amount in 2026 links to the line it was printed on.
      const row = page.locator('table tbody tr', { has: page.locator('th a', { hasText: '2026' }) }).first();
      const amountLink = row.locator('td.num a[href*="#L"]').first();
      const amount = canonicalAmount((await amountLink.textContent())!);
      const lineHref = (await amountLink.getAttribute('href'))!;
      expect(lineHref).toMatch(/^\/sources\/[a-z0-9-]+\/2026\/#L\d+$/);
      await amountLink.click();
      await page.waitForURL(`**${lineHref}`);
      const line = lineHref.split('#')[1]!;
      expect(await targetId(o)).toBe(line);
      const lineText = (await page.locator(`li#${line}`).textContent())!;
      expect(lineText).toContain(projectName.slice(0, 4));
      expect(numbersIn(lineText)).toContain(amount);
      // The line is scrolled into view.
      const box = await page.locator(`li#${line}`).boundingBox();
      expect(box, 'target line box').not.toBeNull();
      expect(box!.y + box!.height, JSON.stringify(box)).toBeGreaterThan(0);
      expect(box!.y, JSON.stringify(box)).toBeLessThan(page.viewportSize()!.height);
    });
  });

  it('the 2026 year page counts the consolidated unit once', async () => {
    await withPage(async ({ page }) => {
      await page.goto('/years/2026/');
      const figure = (await page.locator('.figures li', { hasText: '合计' }).textContent())!;
      expect(figure).toContain('108,008.403171 万元');
      // The table: the unit consolidated into its department is listed but not added again.
      const rows = await page.locator('h2:text-is("全部预算") + .table-wrap table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({ name: tr.querySelector('th')!.textContent!.trim(), amount: tr.querySelector('td.num')!.textContent!.trim(), note: tr.querySelector('td:last-child')!.textContent!.trim() })),
      );
      const unit = rows.find((r) => r.name === '北京市市民热线服务中心')!;
      expect(unit.note).toContain('不重复计入合计');
      const micro = (s: string) => {
        const [i, f = ''] = canonicalAmount(s).split('.');
        return BigInt(i!) * 1_000_000n + BigInt((f + '000000').slice(0, 6));
      };
      const counted = rows.filter((r) => !r.note.includes('不重复计入')).reduce((sum, r) => sum + micro(r.amount), 0n);
      expect(counted).toBe(micro('108008.403171'));
      expect(counted + micro(unit.amount)).not.toBe(micro('108008.403171'));
    });
  });

  it('a department across years shows each year and the change', async () => {
    await withPage(async ({ page }) => {
      await page.goto('/departments/citizen-hotline-center/');
      const headers = await page.locator('table#budgets thead th').allTextContents();
      const changeCol = headers.indexOf('比上一份预算');
      expect(changeCol).toBeGreaterThan(0);
      const rows = page.locator('table#budgets tbody tr');
      expect(await rows.count()).toBe(2);
      const years = await rows.locator('th').allTextContents();
      expect(years.map((y) => y.trim())).toEqual(['2023 年', '2026 年']);
      const cells = async (i: number) => rows.nth(i).locator('th, td').allTextContents();
      const [r2023, r2026] = [await cells(0), await cells(1)];
      expect(r2023[changeCol]!.trim()).toBe('—');
      expect(r2026[changeCol]!.trim()).toMatch(/^[+-−]?\d+(\.\d+)?%$/);
      // The change is the change between the two printed totals.
      const a = Number(canonicalAmount(r2023[1]!));
      const b = Number(canonicalAmount(r2026[1]!));
      expect(Number(r2026[changeCol]!.replace(/[+%]/g, '').replace('−', '-'))).toBeCloseTo(((b - a) / a) * 100, 1);
      // Each year links to its budget.
      await page.locator('table#budgets').getByRole('link', { name: '2023 年', exact: true }).click();
      await page.waitForURL('**/departments/citizen-hotline-center/2023/');
    });
  });

  it('a grey 未列明 block is explained: its legend, the glossary, and the sentence with the figures', async () => {
    await withPage(async ({ page }) => {
      await page.goto('/departments/citizen-hotline-center/2026/');
      // content/citizen-hotline-center/2026.txt: the 支出总表 合计 on line 95 is 27,921.891610 万元;
      // its 39 rows (lines 53–94) add up to 5,816.074996 万元 (summed outside this code), so
      // 22,105.816614 万元, 79.2%, is printed only as part of the total.
      const legend = page.locator('figure[aria-labelledby="fn-title"] .tm-legend');
      expect(await legend.textContent()).toContain('2.21 亿元，79.2%');
      const sentence = page.locator('li > p', { hasText: '这份预算的支出总表只列出了' }).first();
      expect((await sentence.textContent())!.replace(/\s+/g, '')).toContain('这份预算的支出总表只列出了5,816万元的明细，另有2.21亿元（79.2%）原文只印了合计。');
      await legend.getByRole('link', { name: '未列明' }).click();
      await page.waitForURL('**/glossary/#unitemised');
      expect(await page.locator('#unitemised + dd').textContent()).toContain('明细行加起来比合计少');
    });
  });

  it('a department with two years compares them by 类 and by project; one with a single year has no comparison', async () => {
    await withPage(async ({ page }) => {
      await page.goto('/departments/citizen-hotline-center/');
      const compare = page.locator('#compare');
      expect(await compare.locator('h2').textContent()).toBe('历年比较');
      const classTable = compare.locator('table.compare').first();
      const headers = (await classTable.locator('thead th').allTextContents()).map((h) => h.trim());
      expect(headers).toEqual(['类', '2023 年（万元）', '2026 年（万元）', '增减（万元）', '变化']);
      // 社会保障和就业支出: 263.585376 (2023.txt:91–92) and 298.46424 (2026.txt:83–85).
      const row = classTable.locator('tbody tr', { hasText: '社会保障和就业支出' });
      expect((await row.locator('td').allTextContents()).map((t) => t.trim())).toEqual(['263.585376', '298.46424', '+34.878864', '+13.2%']);
      expect(await row.locator('.cmp-bars').getAttribute('aria-hidden')).toBe('true');
      // 2026 itemises a fifth of its total by function: the page says so.
      expect(await compare.locator('.note').first().textContent()).toContain('2026 年的文本只把支出合计的 20.8% 分到了各功能分类');
      // A project links to its page; its amount to the line it was printed on; the rest behind a details.
      const project = compare.locator('tbody tr', { hasText: '市民热线机动经费' }).first();
      expect(await project.locator('th a').getAttribute('href')).toBe('/projects/11000023T000002025844/');
      expect(await project.locator('td a').first().getAttribute('href')).toBe('/sources/citizen-hotline-center/2023/#L416');
      expect(await compare.locator('details.cmp-more summary').textContent()).toMatch(/^显示其余 \d+ 个项目$/);

      await page.goto('/departments/gov-services-data-bureau/');
      expect(await page.locator('#compare').count()).toBe(0);
      // Its predecessor is not on file: named, not linked; its unit is linked.
      const relations = (await page.locator('.relations').textContent())!.replace(/\s+/g, '');
      expect(relations).toContain('前身：北京市政务服务管理局（代码054，本站未收录）');
      expect(await page.locator('.relations a[href="/departments/citizen-hotline-center/"]').count()).toBe(1);
    });
  });
});
