// A parse worker: loads its share of the documents into the model store (see parse.ts).
import { statSync } from 'node:fs';
import { loadDocument, type DocumentFile } from '../lib/corpus/load.ts';
import { fileStore } from '../lib/corpus/store.ts';
import { fileCounts } from '../lib/data/files.ts';

process.once('message', ({ storeDir, files }: { storeDir: string; files: DocumentFile[] }) => {
  const store = fileStore(storeDir);
  let parsed = 0;
  let bytes = 0;
  const started = performance.now();
  for (const f of files) {
    if (loadDocument(store, f, { countFiles: fileCounts }).parsed) {
      parsed++;
      bytes += statSync(f.path).size;
    }
  }
  process.send!({ parsed, bytes, seconds: (performance.now() - started) / 1000 }, () => process.exit(0));
});
