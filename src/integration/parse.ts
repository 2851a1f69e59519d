// Parses the documents that changed into the model store, on every core: documents are
// independent, and a cold build of a city's corpus spends its first minute here.
import { availableParallelism } from 'node:os';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { budgetFiles } from '../lib/corpus/load.ts';

/** What the parse stage did, as the build stats record it. */
export interface ParseStats {
  documents: number;
  parsed: number;
  bytes: number;
  workers: number;
  /** The slowest worker's seconds: parse throughput is bytes over these. */
  seconds: number;
}

export async function parseInParallel(root: string, storeDir: string, narrativeDir = root, workers = availableParallelism()): Promise<ParseStats> {
  const files = budgetFiles(root, narrativeDir);
  const shares = Array.from({ length: Math.max(1, Math.min(workers, files.length)) }, (_, k) => files.filter((_, i) => i % workers === k));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<{ parsed: number; bytes: number; seconds: number }>((resolve, reject) => {
          // Processes rather than worker threads: tsx's loader does not reach worker threads.
          const worker = fork(fileURLToPath(new URL('./parse-worker.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'] });
          worker.send({ storeDir, files: share });
          worker.once('message', (m) => resolve(m as { parsed: number; bytes: number; seconds: number }));
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`parse worker exited with ${code}`)));
        }),
    ),
  );
  return {
    documents: files.length,
    parsed: results.reduce((a, r) => a + r.parsed, 0),
    bytes: results.reduce((a, r) => a + r.bytes, 0),
    workers: shares.length,
    seconds: Math.max(...results.map((r) => r.seconds)),
  };
}
