// node --import tsx scripts/code-names.ts [--check]
// Turns the code-name tables (src/lib/classify/data/*.csv, the data people edit) into
// src/lib/classify/data/code-names.generated.ts, which the site, the build and the tests import:
// a TS module needs no file reading at run time, so it works the same in Astro, tsx and vitest.
// --check exits 1 when the generated module is out of date (test/classify runs the same check).
import { readFileSync, writeFileSync } from 'node:fs';
import { generatedCodeNames, GENERATED_PATH } from '../src/lib/classify/generate.ts';

const text = generatedCodeNames((file) => readFileSync(file, 'utf8'));
if (process.argv.includes('--check')) {
  const current = readFileSync(GENERATED_PATH, 'utf8');
  if (current !== text) {
    console.error(`${GENERATED_PATH} is out of date: run node --import tsx scripts/code-names.ts`);
    process.exit(1);
  }
} else {
  writeFileSync(GENERATED_PATH, text);
  console.log(`wrote ${GENERATED_PATH}`);
}
