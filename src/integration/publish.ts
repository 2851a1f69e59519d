import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SiteData } from '../lib/corpus/site-data.ts';

export interface PublishRequest {
  storeDir: string;
  outDir: string;
  shardRecords: number;
}

/** Each part's count and its span in epoch milliseconds. */
export interface PublishStats {
  dataFiles: { files: number; bytes: number; span: [number, number] };
  search: { shards: number; records: number; span: [number, number] };
}

/**
 * Writes the data files and the search index into `outDir` in a worker process, so that they
 * take the second core while Astro renders the pages on the first.
 */
export function publishInWorker(site: SiteData, request: PublishRequest): Promise<PublishStats> {
  return new Promise((resolve, reject) => {
    // A process rather than a worker thread: tsx's loader, which runs the TypeScript, does not
    // reach worker threads. 'advanced' serialization carries the corpus's Maps as they are.
    const worker = fork(fileURLToPath(new URL('./publish-worker.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'], serialization: 'advanced' });
    worker.send({ ...request, corpus: site.corpus });
    worker.once('message', (m) => resolve(m as PublishStats));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`publish worker exited with ${code}`)));
  });
}
