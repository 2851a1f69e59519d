// A parse worker: loads its share of the documents into the model store (see parse.ts).
import { statSync } from 'node:fs';
import { loadDocument, type DocumentFile } from '../../src/lib/corpus/load.ts';
import { fileStore } from '../../src/lib/corpus/store.ts';

process.once('message', ({ storeDir, files }: { storeDir: string; files: DocumentFile[] }) => {
  const store = fileStore(storeDir);
  let parsed = 0;
  let bytes = 0;
  const started = performance.now();
  for (const f of files) {
    if (loadDocument(store, f).parsed) {
      parsed++;
      bytes += statSync(f.path).size;
    }
  }
  process.send!({ parsed, bytes, seconds: (performance.now() - started) / 1000 }, () => process.exit(0));
});
