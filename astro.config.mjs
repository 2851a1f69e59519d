// @ts-check
import { defineConfig } from 'astro/config';

// SITE_URL sets canonical URLs, the sitemap and share metadata; override it when deploying.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://beijing-budgets.example.org',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  vite: { build: { assetsInlineLimit: 0 } },
});
