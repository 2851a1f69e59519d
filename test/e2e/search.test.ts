// Search in the real /search/ page (Pagefind in the browser, over several shards: the e2e build
// uses small ones): the pages that must come first for real Chinese queries; a word of a project
// name, a phrase of a goal and an indicator; departments and budgets; "显示更多"; excerpts; the
// 年度/部门/区域 filters; no results; the page without JavaScript.
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
  kind: string;
}

async function results(page: Page): Promise<{ status: string; items: Result[] }> {
  const status = page.getByRole('status');
  await page.waitForFunction(() => /找到/.test(document.querySelector('[role=status]')?.textContent ?? ''), null, { timeout: 15_000 });
  const items = await page.locator('#results li').evaluateAll((lis) =>
    lis.map((li) => {
      const a = li.querySelector('a')!;
      return { title: a.textContent!.trim(), path: new URL(a.href).pathname, kind: li.querySelector('.tag')?.textContent ?? '' };
    }),
  );
  return { status: (await status.textContent())!, items };
}

/** N of “找到 N 个结果”, 0 for “没有找到”. */
const count = (status: string) => Number(/找到 (\d+) 个结果/.exec(status)?.[1] ?? 0);

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

/**
 * Real queries a reader of these budgets would type, with the pages that must lead, read from the
 * seed documents in content/ (names, codes, departments), not from the index.
 */
const TOP: [query: string, first: string[], why: string][] = [
  ['市民热线服务中心', ['/departments/citizen-hotline-center/', '/departments/citizen-hotline-center/2026/', '/departments/citizen-hotline-center/2023/'], 'a department’s name: its page, then its budgets, newest first'],
  ['市民热线服务中心 2026', ['/departments/citizen-hotline-center/2026/'], 'a department and a year: that budget'],
  ['东城区城市管理指挥中心', ['/departments/dongcheng-city-command-center/', '/departments/dongcheng-city-command-center/2024/'], 'a district department'],
  ['11000022T000000438794', ['/projects/11000022T000000438794/'], 'a project code: 接诉即办蓝皮书'],
];

/** Queries whose first results must all hold the words in their names, as a phrase. */
const NAMED: [query: string, n: number][] = [
  ['热线', 5],
  ['云服务', 4],
  ['接诉即办', 10],
];

describe('search ranks what a reader means first', () => {
  for (const [q, first, why] of TOP) {
    it(`${q}: ${why}`, async () => {
      const { page } = o;
      await page.goto(`/search/?q=${encodeURIComponent(q)}`);
      const r = await results(page);
      expect(r.items.slice(0, first.length).map((x) => x.path)).toEqual(first);
    });
  }

  for (const [q, n] of NAMED) {
    it(`${q}: the first ${n} results hold “${q}” in their names, not scattered in their text`, async () => {
      const { page } = o;
      await page.goto(`/search/?q=${encodeURIComponent(q)}`);
      const r = await results(page);
      expect(r.items.length).toBeGreaterThanOrEqual(n);
      for (const x of r.items.slice(0, n)) expect(x.title, `${x.title} (${x.path})`).toContain(q);
    });
  }

  it('档案数字化: the two projects with the phrase in their names lead: 档案数字化整理, 文书档案数字化整理', async () => {
    const { page } = o;
    await page.goto(`/search/?q=${encodeURIComponent('档案数字化')}`);
    const paths = (await results(page)).items.map((x) => x.path);
    expect(paths.slice(0, 2).sort()).toEqual(['/projects/11000022T000000443359/', '/projects/11000024T000002756237/']);
  });

  it('云服务: the two 云服务租赁 projects, the newer (2026) before the older (2023)', async () => {
    const { page } = o;
    await page.goto(`/search/?q=${encodeURIComponent('云服务')}`);
    const paths = (await results(page)).items.map((x) => x.path);
    expect(paths.indexOf('/projects/11000024Y000002792558/')).toBeGreaterThanOrEqual(0);
    expect(paths.indexOf('/projects/11000024Y000002792558/')).toBeLessThan(paths.indexOf('/projects/11000022Y000000443483/'));
  });

  it('热线: 因公出国（境）类项目, which only mentions the word, is not among the first page, all of whose names hold it', async () => {
    const { page } = o;
    await page.goto(`/search/?q=${encodeURIComponent('热线')}`);
    const r = await results(page);
    expect(r.items).toHaveLength(10);
    expect(r.items.map((x) => x.path)).not.toContain('/projects/11000022T000000391740/');
    for (const x of r.items) expect(x.title).toContain('热线');
  });

  it('says what kind of page each result is', async () => {
    const { page } = o;
    await page.goto(`/search/?q=${encodeURIComponent('市民热线服务中心')}`);
    const r = await results(page);
    expect(r.items.slice(0, 3).map((x) => x.kind)).toEqual(['部门', '预算', '预算']);
    expect(r.items.filter((x) => x.path.startsWith('/projects/')).every((x) => x.kind === '项目')).toBe(true);
    expect(o.errors).toEqual([]);
    expect(o.failed).toEqual([]);
  });
});

describe('search', () => {
  it('finds a project by a word of its name, a phrase of its goal and an indicator', async () => {
    const { page } = o;
    await page.goto('/search/');
    await page.waitForSelector('#filters select');

    const byName = await search(page, '蓝皮书');
    expect(byName.items.map((r) => r.title)).toContain('接诉即办蓝皮书');
    expect(byName.status).toMatch(/找到 \d+ 个结果/);
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
        if (count(all.status) <= all.items.length) expect(all.items.map((x) => x.path)).toContain(r.path);
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

  it('shows results a page at a time; 显示更多 reaches every one, each once, and the count is right', async () => {
    const { page } = o;
    await page.goto(`/search/?q=${encodeURIComponent('服务')}`);
    const first = await results(page);
    const total = count(first.status);
    expect(total).toBeGreaterThan(40);
    expect(first.items).toHaveLength(10);
    expect(first.status).toContain('显示前 10 个');
    for (let shown = 10; shown < total; shown += 10) {
      await page.locator('#more').click();
      await page.waitForFunction((n) => document.querySelectorAll('#results li').length === n, Math.min(shown + 10, total));
    }
    expect(await page.locator('#more').isHidden()).toBe(true);
    const all = (await results(page)).items.map((x) => x.path);
    expect(all).toHaveLength(total);
    expect(new Set(all).size).toBe(total);
    expect(o.errors).toEqual([]);
    expect(o.failed).toEqual([]);
  });

  it('excerpts mark the hit and show no project codes', async () => {
    const { page } = o;
    await page.goto(`/search/?q=${encodeURIComponent('档案数字化')}`);
    await results(page);
    const excerpts = await page.locator('#results li p').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const e of excerpts) expect(e).not.toMatch(/[0-9]{8}[A-Z][0-9]{9,}/);
    expect(await page.locator('#results li p mark').count()).toBeGreaterThan(0);
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

describe('search without JavaScript', () => {
  it('explains that search needs JavaScript and where else to look', async () => {
    const off = await open(browser, { javaScriptEnabled: false });
    try {
      await off.page.goto('/search/?q=%E7%83%AD%E7%BA%BF');
      const text = await off.page.locator('main').innerText();
      expect(text).toContain('需要启用 JavaScript');
      expect(await off.page.locator('main a[href="/"]').count()).toBeGreaterThan(0);
      expect(await off.page.locator('#results li').count()).toBe(0);
      expect(off.failed).toEqual([]);
    } finally {
      await off.close();
    }
  });
});
