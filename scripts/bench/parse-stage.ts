// Parse every document of a corpus, keeping nothing: the parser's own throughput.
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import type { ModelStore } from '../../src/lib/corpus/store.ts';
import { dirStats } from './measure.ts';

const root = process.argv[2]!;
const discard: ModelStore = { lookup: () => null, put: () => {}, get: () => { throw new Error('discarding store'); } };
const { bytes } = dirStats(root, (p) => p.endsWith('.txt'));
const start = process.hrtime.bigint();
const loaded = loadCorpus(root, { store: discard });
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const errors = loaded.issues.filter((i) => i.severity === 'error').length;
console.log(JSON.stringify({ documents: loaded.documents.length, errors, bytes, seconds, mbPerSecond: bytes / 1e6 / seconds }));
