// One Chromium per test file (Debian's /usr/bin/chromium through playwright-core; never a
// downloaded browser), pages that record console errors and failed requests, and the page types.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';

export { CHROMIUM, launch } from './chromium.ts';

export const baseURL = (): string => inject('baseURL');
export const siteDir = (): string => inject('siteDir');
export const url = (path: string): string => new URL(path, baseURL()).href;

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests that failed, answered ≥ 400, or tried to leave 127.0.0.1. */
  failed: string[];
  close(): Promise<void>;
}

export async function open(browser: Browser, opts: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}): Promise<Opened> {
  const context = await browser.newContext({
    baseURL: baseURL(),
    javaScriptEnabled: opts.javaScriptEnabled ?? true,
    viewport: opts.viewport ?? DESKTOP,
    locale: 'zh-CN',
  });
  const errors: string[] = [];
  const failed: string[] = [];
  const origin = new URL(baseURL()).origin;
  // Only 127.0.0.1 is ever contacted: anything else is aborted and counted as a failure.
  await context.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(origin) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
    failed.push(`external request ${u}`);
    return route.abort();
  });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    // A navigation aborts the requests still loading for the page it replaces (a document, or
    // e.g. the favicon when a search follows quickly): not a defect. A missing file still shows
    // as an HTTP error below.
    if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
    failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.url()} HTTP ${r.status()}`);
  });
  return { context, page, errors, failed, close: () => context.close() };
}

/** One representative URL per page type. */
export const PAGE_TYPES = {
  home: '/',
  department: '/departments/citizen-hotline-center/',
  budget: '/departments/gov-services-data-bureau/2026/',
  year: '/years/2026/',
  project: '/projects/11000022T000000438794/',
  source: '/sources/citizen-hotline-center/2026/',
  search: '/search/?q=%E8%93%9D%E7%9A%AE%E4%B9%A6',
  data: '/data/',
  about: '/about/',
  '404': '/no-such-page/',
} as const;
export type PageType = keyof typeof PAGE_TYPES;
export const PAGE_TYPE_NAMES = Object.keys(PAGE_TYPES) as PageType[];

/** Digits of an amount as a canonical decimal string: "1,234.5600 万元" → "1234.56". */
export function canonicalAmount(s: string): string {
  const digits = s.replace(/[,\s万元]/g, '');
  return digits.includes('.') ? digits.replace(/0+$/, '').replace(/\.$/, '') : digits;
}

/** Every number printed in a text, canonical. */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => canonicalAmount(m[0]));
}
