// The publish worker: the data files and the search index, written while Astro renders the
// pages. Astro renders on one thread, so on a two-core machine the other core does this work
// meanwhile. It is given the corpus the integration built (no second reading of the store's
// summaries) and reads each model from the store.
import type { Corpus } from '../lib/corpus/corpus.ts';
import { provideSiteData, SiteData } from '../lib/corpus/site-data.ts';
import { fileStore } from '../lib/corpus/store.ts';
import { writeDataFiles } from './data-files.ts';
import { searchRecords, writeSearchIndex } from './search-index.ts';
import type { PublishRequest, PublishStats } from './publish.ts';

// The build that started this worker has ended (e.g. Astro failed): stop too.
process.once('disconnect', () => process.exit(1));
process.once('message', async ({ corpus, storeDir, outDir, shardRecords }: PublishRequest & { corpus: Corpus }) => {
  const site = provideSiteData(new SiteData(corpus, fileStore(storeDir)));
  const span = async <T>(run: () => T | Promise<T>) => {
    const from = Date.now();
    const value = await run();
    return { ...value, span: [from, Date.now()] as [number, number] };
  };
  const dataFiles = await span(() => writeDataFiles(site, outDir));
  const search = await span(() => writeSearchIndex(outDir, searchRecords(site), shardRecords));
  const stats: PublishStats = { dataFiles, search };
  process.send!(stats, () => process.exit(0));
});
