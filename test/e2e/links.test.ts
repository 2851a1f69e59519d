// Every internal link and resource of every built page resolves, anchors included.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteDir } from './browser.ts';
import { crawl, fileOf } from '../../scripts/site-crawl.ts';

describe('links across all of dist/', () => {
  it('every internal href/src resolves to a file, every #fragment to an id', () => {
    const r = crawl(siteDir());
    expect(r.pages).toBeGreaterThan(100);
    expect(r.links).toBeGreaterThan(1000);
    expect(r.broken.slice(0, 30)).toEqual([]);
    expect(r.duplicateIds.slice(0, 30)).toEqual([]);
  });

  it('every sitemap URL is a page of the site', () => {
    const xml = readFileSync(join(siteDir(), 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    expect(locs.length).toBeGreaterThan(100);
    expect(locs.filter((p) => !fileOf(siteDir(), p))).toEqual([]);
  });
});
