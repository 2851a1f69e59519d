// `astro build` through Astro's API, to set its log level: at 'info' it prints a line per page
// (20,000 at 1,000 documents), which cost its single thread ~2 s at 1,000 documents. Warnings
// and errors still print; ASTRO_LOG_LEVEL=info brings the per-page lines back. Plain JavaScript:
// under tsx's loader every module Astro imports would go through its hooks.
import { build } from 'astro';

await build({ logLevel: process.env.ASTRO_LOG_LEVEL ?? 'warn' });
