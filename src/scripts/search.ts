// Search over the Pagefind index: project name, goal and indicators, with filters by year,
// department and district. Results show project, department, year and amount.
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  search(q: string, opts?: { filters?: Record<string, string[]> }): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(path: string): Promise<void>;
}

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = document.querySelector<HTMLInputElement>('#q')!;
const statusEl = document.querySelector<HTMLElement>('#status')!;
const list = document.querySelector<HTMLOListElement>('#results')!;
const filterBox = document.querySelector<HTMLElement>('#filters')!;
let pagefind: Pagefind | null = null;

async function load(): Promise<Pagefind> {
  if (!pagefind) {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // A city's projects are indexed in shards (src/integration/search-index.ts); search spans them all.
    const shards = (await fetch('/pagefind-shards.json').then((r) => (r.ok ? r.json() : []))) as string[];
    for (const path of shards) await pf.mergeIndex(path);
    pagefind = pf;
  }
  return pagefind;
}

function selected(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const el of filterBox.querySelectorAll<HTMLSelectElement>('select')) if (el.value) out[el.name] = [el.value];
  return out;
}

async function buildFilters(params: URLSearchParams) {
  const pf = await load();
  const filters = await pf.filters();
  filterBox.replaceChildren(
    ...Object.entries(filters).map(([name, values]) => {
      const label = document.createElement('label');
      label.textContent = `${name} `;
      const select = document.createElement('select');
      select.name = name;
      select.append(new Option('全部', ''));
      for (const v of Object.keys(values).sort()) select.append(new Option(`${v}（${values[v]}）`, v, false, params.get(name) === v));
      select.addEventListener('change', () => run());
      label.append(select);
      return label;
    }),
  );
}

async function run() {
  const q = input.value.trim();
  const filters = selected();
  const url = new URL(location.href);
  url.search = '';
  if (q) url.searchParams.set('q', q);
  for (const [k, v] of Object.entries(filters)) url.searchParams.set(k, v[0]!);
  history.replaceState(null, '', url);
  list.replaceChildren();
  if (!q) {
    statusEl.textContent = '请输入关键词。';
    return;
  }
  statusEl.textContent = '正在搜索…';
  const pf = await load();
  const found = await pf.search(q, { filters });
  const data = await Promise.all(found.results.slice(0, 50).map((r) => r.data()));
  statusEl.textContent = data.length ? `找到 ${found.results.length} 个项目${found.results.length > 50 ? '，显示前 50 个' : ''}。` : `没有找到与“${q}”相关的项目，请换个关键词或减少筛选条件。`;
  for (const r of data) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = r.url;
    a.textContent = r.meta.title ?? r.url;
    const meta = document.createElement('div');
    meta.className = 'muted';
    meta.textContent = [r.meta.department, r.meta.amount].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    // Pagefind's excerpt marks hits with <mark>; rebuild it as text nodes so no other markup gets in.
    for (const part of r.excerpt.split(/(<mark>.*?<\/mark>)/)) {
      const m = /^<mark>(.*)<\/mark>$/.exec(part);
      if (m) excerpt.append(Object.assign(document.createElement('mark'), { textContent: decode(m[1]!) }));
      else excerpt.append(decode(part.replace(/<[^>]*>/g, '')));
    }
    li.append(a, meta, excerpt);
    list.append(li);
  }
}

function decode(s: string): string {
  const t = document.createElement('textarea');
  t.innerHTML = s;
  return t.value;
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  void run();
});
const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
statusEl.textContent = '输入关键词后按“搜索”。';
void buildFilters(params).then(() => (input.value ? run() : undefined));
export {};
