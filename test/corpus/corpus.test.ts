import { describe, expect, it } from 'vitest';
import { buildCorpus, docKey } from '../../src/lib/corpus/corpus.ts';
import { yearTrees } from '../../src/lib/site/year.ts';
import { loadCorpus } from '../../src/lib/corpus/load.ts';

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
