// @ts-check
import { defineConfig } from 'astro/config';

// SITE_URL sets canonical URLs, the sitemap and share metadata; override it when deploying.
// CONTENT_DIR, OUT_DIR and ASTRO_CACHE_DIR let the benchmark build a synthetic corpus elsewhere.
export default defineConfig({
  ...(process.env.OUT_DIR ? { outDir: process.env.OUT_DIR } : {}),
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  site: process.env.SITE_URL ?? 'https://beijing-budgets.example.org',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
