import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { jsonSchemas, type DocumentJson } from '../model/schema.ts';
import { ISSUE_CODES, type Issue } from '../parse/issues.ts';
import { parserSourceHash } from './parser-hash.ts';
import { docSummarySchema, type DocSummary } from './summary.ts';

/** What the store keeps beside a model: enough to build the corpus without reading the model. */
export interface StoredOutcome {
  /** `storeKey` of the text the model was parsed from. */
  key: string;
  issues: Issue[];
  summary: DocSummary | null;
}

const issueSchema = z.object({
  code: z.enum(Object.keys(ISSUE_CODES) as [keyof typeof ISSUE_CODES]),
  severity: z.enum(['error', 'warning']),
  file: z.string(),
  line: z.number().int(),
  message: z.string(),
});
const outcomeSchema = z.object({ key: z.string(), issues: z.array(issueSchema), summary: docSummarySchema.nullable() });

/**
 * Parsed models by "<dept>/<year>". A file store keeps them between builds, so adding one
 * document re-parses only that document, and lets pages read one model at a time instead of
 * holding the whole corpus in memory.
 */
export interface ModelStore {
  /** The stored outcome of parsing this exact text with this exact parser, if any. */
  lookup(id: string, key: string): StoredOutcome | null;
  /** `model` is the model's JSON text: written as is, parsed only when a page asks for it. */
  put(id: string, outcome: StoredOutcome, model: string | null): void;
  get(id: string): DocumentJson;
}

/**
 * A document's key: its bytes, the path it is reported under (the model prints it), the
 * parser's own sources and its 情况说明's path and bytes, when it has one. Nothing absolute: the same project elsewhere on disk reuses its store.
 */
export function storeKey(bytes: Uint8Array, file: string, narrative?: { bytes: Uint8Array; file: string }): string {
  const hash = createHash('sha256').update(bytes).update('\0').update(file).update('\0').update(parserSourceHash());
  // The 情况说明 is read in the same stage and kept in the same model: adding, changing or
  // removing it makes a new key.
  if (narrative) hash.update('\0narrative\0').update(narrative.file).update('\0').update(narrative.bytes);
  return hash.digest('hex');
}

/**
 * Models cross a disk hand-off between processes: each is checked against the schema before
 * any page or data file uses it. The object as read is returned, not zod's copy, so that key
 * order (and with it model.json) is the parser's.
 */
function validModel(id: string, raw: unknown): DocumentJson {
  const checked = jsonSchemas.document.safeParse(raw);
  if (!checked.success) throw new Error(`model store: ${id} does not match the model schema (${checked.error.issues[0]!.path.join('.')}: ${checked.error.issues[0]!.message}); delete the store folder and build again`);
  return raw as DocumentJson;
}

export function memoryStore(): ModelStore {
  const outcomes = new Map<string, StoredOutcome>();
  const models = new Map<string, string>();
  return {
    lookup: (id, key) => (outcomes.get(id)?.key === key ? outcomes.get(id)! : null),
    put: (id, outcome, model) => {
      outcomes.set(id, outcome);
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
    lookup: (id, key) => {
      const file = path(id, 'outcome.json');
      if (!existsSync(file)) return null;
      const outcome = outcomeSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      // An outcome written by an older store layout is parsed again, not trusted.
      return outcome.success && outcome.data.key === key ? (outcome.data as StoredOutcome) : null;
    },
    put: (id, outcome, model) => {
      if (model) write(path(id, 'model.json'), model);
      write(path(id, 'outcome.json'), JSON.stringify(outcome));
      recent.delete(id);
    },
    get: (id) => {
      let model = recent.get(id);
      if (!model) {
        const file = path(id, 'model.json');
        model = existsSync(file) ? validModel(id, JSON.parse(readFileSync(file, 'utf8'))) : missing(id);
        recent.set(id, model);
        // A small window of recent models: the pages of one document are rendered together.
        if (recent.size > keep) recent.delete(recent.keys().next().value!);
      }
      return model;
    },
  };
}

function missing(id: string): never {
  throw new Error(`no parsed model for ${id}: the build's parse stage has not parsed it`);
}
