import { describe, expect, it } from 'vitest';
import { buildCorpus, docKey } from '../../src/lib/corpus/corpus.ts';
import { yearTrees } from '../../src/lib/site/year.ts';
import { loadCorpus } from '../../src/lib/corpus/load.ts';
import { formatIssue } from '../../src/lib/parse/issues.ts';

describe('the committed content/', () => {
  const loaded = loadCorpus('content');
  const corpus = buildCorpus(loaded);

  it('loads every department and year without errors', () => {
    expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(corpus.departments.map((d) => [d.slug, d.years])).toEqual([
      ['chaoyang-city-command-center', [2026]],
      ['citizen-hotline-center', [2023, 2026]],
      ['dongcheng-city-command-center', [2024]],
      ['gov-services-data-bureau', [2026]],
    ]);
  });

  it('counts the hotline centre once in 2026: it is inside the bureau', () => {
    expect([...corpus.consolidated]).toEqual([['citizen-hotline-center/2026', 'gov-services-data-bureau']]);
    // 收支总表 本年支出合计 of the bureau (101,605.173803) and of Chaoyang (6,403.229368).
    const docs = corpus.documents.map((d) => ({ ...d, consolidatedInto: corpus.consolidated.get(d.id) ?? null }));
    expect(yearTrees(docs, 2026, (s) => s ?? '')[0]!.value.toFixed()).toBe('108008.403171');
  });

  it("finds the unit's 一般公共预算 rows as one block of the bureau's, so no cross finding", () => {
    expect(corpus.crossFindings).toEqual([]);
  });

  it('keeps one project code across years and documents', () => {
    // 接诉即办蓝皮书: printed "11000022T00 0000438794" in 2023 and "11000022T0000 00438794" in 2026.
    const p = corpus.projects.find((e) => e.code === '11000022T000000438794')!;
    expect(p.occurrences.map((o) => [o.department, o.year, o.total, o.consolidated])).toEqual([
      ['gov-services-data-bureau', 2026, '33.57', false],
      ['citizen-hotline-center', 2026, '33.57', true],
      ['citizen-hotline-center', 2023, '37.3', false],
    ]);
  });

  it('keys documents by department and year', () => {
    expect(loaded.documents.map(docKey).sort()).toContain('dongcheng-city-command-center/2024');
    expect(loaded.documents.map((d) => d.id)).toContain('dongcheng-city-command-center/2024');
  });
});

describe('the model store', () => {
  it('re-parses only a document whose content changed', async () => {
    const { mkdtempSync, cpSync, appendFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { fileStore } = await import('../../src/lib/corpus/store.ts');
    const root = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync('content', root, { recursive: true });
    const store = fileStore(join(root, '.cache'));
    expect(loadCorpus(root, { store }).parsed).toHaveLength(5);
    expect(loadCorpus(root, { store }).parsed).toEqual([]);
    appendFileSync(join(root, 'dongcheng-city-command-center', '2024.txt'), '\n');
    const again = loadCorpus(root, { store });
    expect(again.parsed).toEqual(['dongcheng-city-command-center/2024']);
    expect(store.get('citizen-hotline-center/2023').summary?.incomeTotal).toBe('20627.9459');
  });
});

describe('a document’s 情况说明', () => {
  const setup = async () => {
    const { mkdtempSync, cpSync, mkdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const root = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync('content/chaoyang-city-command-center', join(root, 'chaoyang-city-command-center'), { recursive: true });
    const narratives = mkdtempSync(join(tmpdir(), 'narrative-'));
    mkdirSync(join(narratives, 'chaoyang-city-command-center'));
    return { root, narratives, join };
  };
  const TEXT = '一、部门情况说明\n某局主管某项工作。\n';

  it('is read from <year>.narrative.txt beside the document, into the model, and changes the store key', async () => {
    const { writeFileSync } = await import('node:fs');
    const { memoryStore } = await import('../../src/lib/corpus/store.ts');
    const { root, join } = await setup();
    const store = memoryStore();
    expect(loadCorpus(root, { store }).parsed).toEqual(['chaoyang-city-command-center/2026']);
    writeFileSync(join(root, 'chaoyang-city-command-center', '2026.narrative.txt'), TEXT);
    const loaded = loadCorpus(root, { store });
    expect(loaded.parsed).toEqual(['chaoyang-city-command-center/2026']);
    expect(loaded.issues.filter((i) => i.code === 'unknown-file')).toEqual([]);
    const model = store.get('chaoyang-city-command-center/2026');
    expect(model.explanation?.file).toBe(`${root}/chaoyang-city-command-center/2026.narrative.txt`);
    expect(model.explanation?.sections.map((s) => s.heading)).toEqual(['一、部门情况说明']);
    expect(loaded.documents[0]!.explanationFile).toBe(`${root}/chaoyang-city-command-center/2026.narrative.txt`);
    expect(loadCorpus(root, { store }).parsed).toEqual([]);
  });

  it('one without its document, or beside the content when NARRATIVE_DIR is elsewhere, is reported, not dropped', async () => {
    const { writeFileSync } = await import('node:fs');
    const { root, narratives, join } = await setup();
    writeFileSync(join(root, 'chaoyang-city-command-center', '2025.narrative.txt'), TEXT);
    expect(loadCorpus(root).issues.map((i) => [i.code, i.file, i.message])).toContainEqual(['unknown-file', `${root}/chaoyang-city-command-center/2025.narrative.txt`, 'expected the budget document 2025.txt beside this 情况说明, found none; it is not part of the site']);
    writeFileSync(join(narratives, 'chaoyang-city-command-center', '2024.txt'), TEXT);
    writeFileSync(join(narratives, 'chaoyang-city-command-center', '2026.txt'), TEXT);
    const loaded = loadCorpus(root, { narrativeDir: narratives });
    expect(loaded.issues.filter((i) => i.code === 'unknown-file').map((i) => [i.file, i.message])).toEqual([
      [`${root}/chaoyang-city-command-center/2025.narrative.txt`, `expected 情况说明 in NARRATIVE_DIR (${narratives}/chaoyang-city-command-center/2025.txt), found one in the content folder; it is not part of the site`],
      [`${narratives}/chaoyang-city-command-center/2024.txt`, `expected the budget document ${root}/chaoyang-city-command-center/2024.txt this 情况说明 belongs to, found none; it is not part of the site`],
    ]);
    expect(loaded.documents[0]!.explanationFile).toBe(`${narratives}/chaoyang-city-command-center/2026.txt`);
  });
});

describe('department.json links', () => {
  it('a predecessor given by a folder that does not exist is an error naming the file', async () => {
    const { mkdtempSync, cpSync, readFileSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const root = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync('content/chaoyang-city-command-center', join(root, 'chaoyang-city-command-center'), { recursive: true });
    const file = join(root, 'chaoyang-city-command-center', 'department.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), predecessor: { slug: 'chaoyang-old-center' } }));
    expect(loadCorpus(root).issues.filter((i) => i.code === 'bad-metadata').map(formatIssue)).toEqual([
      `${file}:1: error [bad-metadata] expected "predecessor.slug" to name a department folder, found "chaoyang-old-center" (give {"name": …} for one not on file)`,
    ]);
  });
});
