import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { DocumentJson } from '../model/schema.ts';
import type { Issue } from '../parse/issues.ts';
import type { DocSummary } from './summary.ts';

/** Bump when the parser's output changes, so cached models are parsed again. */
export const PARSER_VERSION = 5;

export interface Meta {
  hash: string;
  issues: Issue[];
  summary: DocSummary | null;
}

/**
 * Parsed models, keyed by "<dept>/<year>" and the source's content hash. A file store keeps
 * them between builds, so adding one document re-parses only that document, and lets pages
 * read one model at a time instead of holding the whole corpus in memory.
 */
export interface ModelStore {
  /** The cached outcome of parsing this exact content, if any. */
  lookup(id: string, hash: string): Meta | null;
  /** `model` is the model's JSON text: written as is, parsed only when a page asks for it. */
  put(id: string, meta: Meta, model: string | null): void;
  get(id: string): DocumentJson;
}

export const contentHash = (bytes: Uint8Array) => createHash('sha256').update(bytes).update(`v${PARSER_VERSION}`).digest('hex');

export function memoryStore(): ModelStore {
  const metas = new Map<string, Meta>();
  const models = new Map<string, string>();
  return {
    lookup: (id, hash) => (metas.get(id)?.hash === hash ? metas.get(id)! : null),
    put: (id, meta, model) => {
      metas.set(id, meta);
      if (model) models.set(id, model);
    },
    get: (id) => JSON.parse(models.get(id) ?? missing(id)) as DocumentJson,
  };
}

export function fileStore(dir: string, keep = 24): ModelStore {
  const path = (id: string, ext: string) => join(dir, `${id}.${ext}`);
  const recent = new Map<string, DocumentJson>();
  const write = (file: string, text: string) => {
    mkdirSync(dirname(file), { recursive: true });
    // Write then rename: a build stopped half-way never leaves a truncated file behind.
    writeFileSync(`${file}.tmp`, text);
    renameSync(`${file}.tmp`, file);
  };
  return {
    lookup: (id, hash) => {
      const file = path(id, 'meta.json');
      if (!existsSync(file)) return null;
      const meta = JSON.parse(readFileSync(file, 'utf8')) as Meta;
      return meta.hash === hash ? meta : null;
    },
    put: (id, meta, model) => {
      if (model) write(path(id, 'model.json'), model);
      write(path(id, 'meta.json'), JSON.stringify(meta));
      recent.delete(id);
    },
    get: (id) => {
      let model = recent.get(id);
      if (!model) {
        const file = path(id, 'model.json');
        model = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DocumentJson) : missing(id);
        recent.set(id, model);
        // A small window of recent models: the pages of one document are rendered together.
        if (recent.size > keep) recent.delete(recent.keys().next().value!);
      }
      return model;
    },
  };
}

function missing(id: string): never {
  throw new Error(`no parsed model for ${id}: the content loader has not parsed it`);
}

/** Where the site build keeps models: per content folder, under node_modules/.cache. */
export function defaultStoreDir(contentRoot: string): string {
  const key = createHash('sha256').update(resolve(contentRoot)).digest('hex').slice(0, 12);
  return process.env.BUDGET_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'beijing-budgets', key);
}
