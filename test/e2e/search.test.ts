// Search in the real /search/ page (Pagefind in the browser): Chinese queries for a word of a
// project name, a phrase of a goal and an indicator; the 年度/部门/区域 filters; no results.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../data/entries.ts';
import { launch, open, siteDir, type Opened } from './browser.ts';

let browser: Browser;
let o: Opened;
beforeAll(async () => {
  browser = await launch();
  o = await open(browser);
});
afterAll(async () => {
  await o?.close();
  await browser?.close();
});

/**
 * The filter values each project should have, from the published all-projects.csv (year,
 * department) and content/<slug>/department.json (district; none means 市级): the ground truth,
 * made apart from the search records.
 */
function projectFilters(): Map<string, Map<string, Set<string>>> {
  const [header, ...rows] = readCsv(readFileSync(join(siteDir(), 'data', 'all-projects.csv'), 'utf8').slice(1));
  const col = (name: string) => header!.indexOf(name);
  const district = (slug: string) => (JSON.parse(readFileSync(join('content', slug, 'department.json'), 'utf8')) as { district: string | null }).district ?? '市级';
  const out = new Map<string, Map<string, Set<string>>>();
  for (const r of rows) {
    const path = `/projects/${r[col('项目编码')]}/`;
    const filters = out.get(path) ?? new Map([['年度', new Set<string>()], ['部门', new Set<string>()], ['区域', new Set<string>()]]);
    filters.get('年度')!.add(r[col('年度')]!);
    filters.get('部门')!.add(r[col('部门')]!);
    filters.get('区域')!.add(district(r[col('部门标识')]!));
    out.set(path, filters);
  }
  return out;
}

interface Result {
  title: string;
  path: string;
}

async function results(page: Page): Promise<{ status: string; items: Result[] }> {
  const status = page.getByRole('status');
  await page.waitForFunction(() => /找到/.test(document.querySelector('[role=status]')?.textContent ?? ''), null, { timeout: 15_000 });
  const items = await page.locator('#results li > a').evaluateAll((as) => as.map((a) => ({ title: a.textContent!.trim(), path: new URL((a as HTMLAnchorElement).href).pathname })));
  return { status: (await status.textContent())!, items };
}

/** N of “找到 N 个项目”, 0 for “没有找到”. */
const count = (status: string) => Number(/找到 (\d+) 个项目/.exec(status)?.[1] ?? 0);

async function search(page: Page, q: string) {
  await page.locator('#q').fill(q);
  await page.locator('#q').press('Enter');
  return results(page);
}

async function filter(page: Page, name: string, value: string) {
  const select = page.locator(`#filters select[name="${name}"]`);
  const option = select.locator('option').filter({ hasText: new RegExp(`^${value}（`) });
  await select.selectOption((await option.getAttribute('value'))!);
  // The status is rewritten on every run: wait for the new one.
  await page.waitForFunction(() => !/正在搜索/.test(document.querySelector('[role=status]')?.textContent ?? ''));
  return results(page);
}

describe('search', () => {
  it('finds a project by a word of its name, a phrase of its goal and an indicator', async () => {
    const { page } = o;
    await page.goto('/search/');
    await page.waitForSelector('#filters select');

    const byName = await search(page, '蓝皮书');
    expect(byName.items.map((r) => r.title)).toContain('接诉即办蓝皮书');
    expect(byName.status).toMatch(/找到 \d+ 个项目/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('蓝皮书');
    // The result opens the project.
    const hit = byName.items.find((r) => r.title === '接诉即办蓝皮书')!;
    expect(hit.path).toMatch(/^\/projects\/[0-9A-Z]+\/$/);

    const byGoal = await search(page, '数字档案室建设');
    expect(byGoal.items.map((r) => r.title)).toContain('档案数字化整理');

    const byIndicator = await search(page, '档案整理验收通过率');
    expect(byIndicator.items.map((r) => r.title)).toContain('文书档案数字化整理');

    expect(o.errors).toEqual([]);
    expect(o.failed).toEqual([]);
  });

  it('a link with ?q= searches on load, and a result opens its project page', async () => {
    const { page } = o;
    await page.goto('/search/?q=%E8%93%9D%E7%9A%AE%E4%B9%A6');
    const r = await results(page);
    expect(r.items.map((x) => x.title)).toContain('接诉即办蓝皮书');
    expect(await page.locator('#q').inputValue()).toBe('蓝皮书');
    await page.locator('#results a', { hasText: '接诉即办蓝皮书' }).click();
    await page.waitForURL('**/projects/*/');
    expect(await page.locator('h1').textContent()).toBe('接诉即办蓝皮书');
    expect(o.errors).toEqual([]);
    expect(o.failed).toEqual([]);
  });

  it('the 年度, 部门 and 区域 filters narrow the results', async () => {
    const truth = projectFilters();
    const { page } = o;
    const cases: [string, string][] = [
      ['年度', '2023'],
      ['部门', '北京市东城区城市管理指挥中心'],
      ['区域', '朝阳区'],
    ];
    for (const [name, value] of cases) {
      await page.goto('/search/');
      await page.waitForSelector('#filters select');
      const all = await search(page, '接诉即办');
      expect(all.items.length, `接诉即办 finds projects`).toBeGreaterThan(0);
      const narrowed = await filter(page, name, value);
      expect(count(narrowed.status), `${name}=${value}`).toBeLessThan(count(all.status));
      expect(narrowed.items.length, `${name}=${value}`).toBeGreaterThan(0);
      for (const r of narrowed.items) {
        expect(truth.get(r.path)?.get(name)?.has(value), `${r.title} (${r.path}) has ${name}=${value}`).toBe(true);
        if (count(all.status) <= 50) expect(all.items.map((x) => x.path)).toContain(r.path);
      }
      expect(new URL(page.url()).searchParams.get(name)).toBe(value);
      // Back to 全部 restores the full list.
      await page.locator(`#filters select[name="${name}"]`).selectOption('');
      await page.waitForFunction(() => !/正在搜索/.test(document.querySelector('[role=status]')?.textContent ?? ''));
      expect(count((await results(page)).status)).toBe(count(all.status));
    }
    expect(o.errors).toEqual([]);
    expect(o.failed).toEqual([]);
  });

  it('a nonsense query says nothing was found', async () => {
    const { page } = o;
    await page.goto('/search/');
    await page.waitForSelector('#filters select');
    const r = await search(page, '齉龘靐');
    expect(r.items).toEqual([]);
    expect(r.status).toContain('没有找到');
    expect(o.errors).toEqual([]);
    expect(o.failed).toEqual([]);
  });
});
