// The search page: Pagefind over the shards listed in /pagefind-shards.json. The first, small
// shard answers first; the others are merged in after, and the list is then complete. Results come a
// page at a time, each page loading only its own results' data. How the results are ordered and
// what the page says: src/lib/search/.
import { excerptParts } from '../lib/search/excerpt.ts';
import { grouped, phraseQuery, titlePhraseQuery } from '../lib/search/query.ts';
import { kindOf, PAGE_SIZE, RANKING, resultDetail, statusText } from '../lib/search/view.ts';
import { TITLE_GROUPS } from '../lib/search/weights.ts';

interface PagefindHit {
  id: string;
  score: number;
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}
interface PagefindInstance {
  init(): Promise<void>;
  search(q: string, opts?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindHit[] }>;
  mergeIndex(path: string, opts?: object): Promise<void>;
  preload(q: string): Promise<void>;
}
interface PagefindModule {
  createInstance(opts: object): PagefindInstance;
}

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#q')!;
const statusEl = document.querySelector<HTMLElement>('#status')!;
const list = document.querySelector<HTMLOListElement>('#results')!;
const more = document.querySelector<HTMLButtonElement>('#more')!;
const selects = [...document.querySelectorAll<HTMLSelectElement>('#filters select')];

/** Pagefind with the first shard, and the other shards' paths; loaded once, however many ask. */
let loading: Promise<{ pf: PagefindInstance; others: string[] }> | null = null;
let merged: Promise<void> | null = null;
/** Shards not yet merged: the count is final when none is left. */
let unmerged = -1;

function instance(): Promise<{ pf: PagefindInstance; others: string[] }> {
  loading ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const mod = (await import(/* @vite-ignore */ url)) as PagefindModule;
    // In this thread: a worker costs a file and a start-up before the first search.
    const pf = mod.createInstance({ basePath: '/pagefind/', ranking: RANKING, noWorker: true });
    const [others] = await Promise.all([fetch('/pagefind-shards.json').then((r) => (r.ok ? (r.json() as Promise<string[]>) : [])), pf.init()]);
    if (unmerged < 0) unmerged = others.length;
    return { pf, others };
  })();
  return loading;
}

/** The other shards, merged once; every search after that spans them all. */
function mergeRest(pf: PagefindInstance, others: string[]): Promise<void> {
  merged ??= Promise.all(others.map((path) => pf.mergeIndex(path, { ranking: RANKING }))).then(() => {
    unmerged = 0;
  });
  return merged;
}

async function find(pf: PagefindInstance, q: string, filters: Record<string, string[]>): Promise<PagefindHit[]> {
  const none = Promise.resolve({ results: [] as PagefindHit[] });
  const title = titlePhraseQuery(q);
  const phrase = phraseQuery(q);
  const [words, inTitles, byPhrase] = await Promise.all([pf.search(q, { filters }), title ? pf.search(title, { filters }) : none, phrase ? pf.search(phrase, { filters }) : none]);
  // Which group each title hit is in: one search a group, only when there are title hits.
  const groups = inTitles.results.length ? await Promise.all(TITLE_GROUPS.map((group) => pf.search(title!, { filters: { ...filters, 组: [group] } }))) : [];
  return grouped([...groups.map((g) => g.results), byPhrase.results], words.results);
}

function selected(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const el of selects) if (el.value) out[el.name] = [el.value];
  return out;
}

function resultItem(r: Awaited<ReturnType<PagefindHit['data']>>): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = r.url;
  a.textContent = r.meta.title ?? r.url;
  const kind = kindOf(new URL(r.url, location.href).pathname);
  const tag = document.createElement('span');
  tag.className = 'tag';
  tag.textContent = kind;
  const detail = document.createElement('div');
  detail.className = 'muted';
  detail.textContent = resultDetail(kind, r.filters, r.meta.amount);
  const excerpt = document.createElement('p');
  for (const part of excerptParts(r.excerpt)) excerpt.append(part.mark ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text);
  li.append(a, ' ', tag, detail, excerpt);
  return li;
}

/** The search being shown; an older one that finishes late draws nothing. */
let current = 0;
let hits: PagefindHit[] = [];
let pending = 0;

/** Shows results up to `upTo`: after those shown, or, with `fresh`, in place of them. */
async function show(token: number, q: string, upTo: number, fresh = false): Promise<void> {
  const from = fresh ? 0 : list.children.length;
  more.disabled = true;
  const data = await Promise.all(hits.slice(from, upTo).map((h) => h.data()));
  if (token !== current) return;
  const items = data.map(resultItem);
  if (fresh) list.replaceChildren(...items);
  else list.append(...items);
  more.disabled = false;
  more.hidden = pending > 0 || list.children.length >= hits.length;
  statusEl.textContent = statusText(q, { found: hits.length, shown: list.children.length, pendingShards: pending });
}

async function search(token: number, q: string, filters: Record<string, string[]>): Promise<void> {
  const { pf, others } = await instance();
  pending = unmerged;
  hits = await find(pf, q, filters);
  if (token !== current) return;
  await show(token, q, PAGE_SIZE, true);
  if (pending === 0 || token !== current) return;
  await mergeRest(pf, others);
  const all = await find(pf, q, filters);
  if (token !== current) return;
  hits = all;
  pending = 0;
  // The complete list in place of the first shard's, as many as were shown.
  await show(token, q, Math.max(list.children.length, PAGE_SIZE), true);
}

async function run(): Promise<void> {
  const token = ++current;
  const q = input.value.trim();
  const filters = selected();
  const url = new URL(location.href);
  url.search = '';
  if (q) url.searchParams.set('q', q);
  for (const [k, v] of Object.entries(filters)) url.searchParams.set(k, v[0]!);
  history.replaceState(null, '', url);
  list.replaceChildren();
  more.hidden = true;
  if (!q) {
    statusEl.textContent = '请输入关键词。';
    return;
  }
  statusEl.textContent = '正在搜索…';
  try {
    await search(token, q, filters);
  } catch (e) {
    if (token === current) statusEl.textContent = '搜索没有完成（索引文件未能加载），请稍后再试。';
    throw e;
  }
}

// Pagefind loads the index files of the words typed so far while the reader types.
input.addEventListener('input', () => {
  const q = input.value.trim();
  if (q) void instance().then(({ pf }) => pf.preload(q));
});
more.addEventListener('click', () => {
  if (!more.disabled) void show(current, input.value.trim(), list.children.length + PAGE_SIZE);
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  void run();
});
for (const el of selects) el.addEventListener('change', () => void run());

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
for (const el of selects) el.value = params.get(el.name) ?? '';
statusEl.textContent = '输入关键词后按“搜索”。';
if (input.value) void run();
else void instance();
export {};
