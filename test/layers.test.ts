import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers of src/lib and what each may import (docs/design.md, "Layers"): a figure goes up
 * from the text (parse) through the model store (corpus) to files and pages, never back down.
 * A new import that points the other way fails here, naming the file and the import.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  model: [],
  classify: [],
  parse: ['model'],
  reconcile: ['model'],
  viz: ['model'],
  corpus: ['model', 'parse', 'reconcile', 'classify'],
  data: ['model', 'corpus', 'classify', 'viz', 'urls'],
  search: ['model', 'viz', 'urls', 'config'],
  site: ['model', 'parse', 'corpus', 'classify', 'viz', 'urls'],
  urls: [],
  config: [],
};

const LIB = resolve('src/lib');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** src/lib/corpus/load.ts → corpus; src/lib/urls.ts → urls. */
const layerOf = (path: string) => relative(LIB, path).split('/')[0]!.replace(/\.ts$/, '');

function localImports(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  return [...text.matchAll(/^(?:import|export)[^'"]*from '(\.[^']+)'/gm)].map((m) => resolve(dirname(path), m[1]!));
}

describe('src/lib layers', () => {
  const all = files(LIB);

  it('knows every layer', () => {
    expect([...new Set(all.map(layerOf))].sort()).toEqual(Object.keys(MAY_IMPORT).sort());
  });

  it('import only from themselves and the layers below them', () => {
    const wrong = all.flatMap((file) =>
      localImports(file)
        .filter((target) => {
          if (!target.startsWith(`${LIB}/`)) return true; // components, pages, integration, scripts
          const from = layerOf(file);
          const to = layerOf(target);
          return to !== from && !MAY_IMPORT[from]!.includes(to);
        })
        .map((target) => `${relative('.', file)} imports ${relative('.', target)}`),
    );
    expect(wrong).toEqual([]);
  });
});
