/**
 * The search page: Pagefind's JS API behind a plain GET form. The query and
 * filters live in the address (so a search can be linked, and back/forward
 * work); results update as the reader types; results are grouped by outlet
 * and point at the exact paragraphs. Everything shown is built with DOM
 * methods from text: nothing from an article or a query is parsed as HTML.
 */
import type { Segment } from '../lib/comparison.ts';
import { excerpt, FILTERS, hasPhrases, matchingParagraphs, parseQuery, stateFromUrl, urlForState, type Anchor, type SearchState } from '../lib/search-query.ts';

interface SiteData {
  outlets: Record<string, { name: string; kind: string; country: string; event: string; otherEvent: boolean }>;
  events: Record<string, string>;
}

interface PagefindResultData {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  locations: number[];
  anchors: Anchor[];
}

interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, string> }) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] } | null>;
  debouncedSearch: (q: string | null, o?: { filters?: Record<string, string> }, ms?: number) => Promise<{ results: { data: () => Promise<PagefindResultData> }[] } | null>;
}

const MAX_HITS_SHOWN = 5;
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const statusEl = document.querySelector<HTMLElement>('#search-status')!;
const noticeEl = document.querySelector<HTMLElement>('#search-notice')!;
const resultsEl = document.querySelector<HTMLElement>('#search-results')!;
const data = JSON.parse(document.querySelector('#search-data')?.textContent ?? '{}') as SiteData;
const outletCount = Object.keys(data.outlets ?? {}).length;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A variable path keeps the bundler from resolving Pagefind, which exists only in the built site.
  const path = '/pagefind/pagefind.js';
  pagefind ??= (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ excerptLength: 40 });
    await pf.init();
    return pf;
  });
  return pagefind;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, children: (Node | string)[] = []): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function segmentsToNodes(segments: Segment[]): Node[] {
  return segments.map((s) => (s.mark ? el('mark', { textContent: s.text }) : document.createTextNode(s.text)));
}

function readForm(): SearchState {
  const fd = new FormData(form);
  const get = (k: string) => String(fd.get(k) ?? '');
  return { q: get('q'), outlet: get('outlet'), kind: get('kind'), event: get('event') };
}

function writeForm(state: SearchState): void {
  if (input.value !== state.q) input.value = state.q;
  for (const f of FILTERS) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${f}"]`);
    if (select) select.value = [...select.options].some((o) => o.value === state[f]) ? state[f] : '';
  }
}

function setStatus(text: string, busy: boolean): void {
  statusEl.textContent = text;
  resultsEl.setAttribute('aria-busy', String(busy));
}

function showEmpty(): void {
  resultsEl.replaceChildren(
    el('div', { className: 'empty' }, [
      el('p', { textContent: 'Type a word or paste a quote. Put it in quote marks to find those exact words, for example:' }),
      el('ul', {}, ['"every season is spring"', 'Taiwan', '"$200 billion"'].map((example) => {
        const link = el('a', { href: urlForState(new URL(location.href), { q: example, outlet: '', kind: '', event: '' }).href, textContent: example });
        return el('li', {}, [link]);
      })),
    ]),
  );
  setStatus('', false);
}

let generation = 0;
// History: the first keystroke of a new search adds an entry, later keystrokes update it until
// its results show, so Back returns to the previous search, not to each letter typed.
let typing = false;

async function run(state: SearchState, debounce: boolean): Promise<void> {
  const mine = ++generation;
  const query = parseQuery(state.q);
  noticeEl.hidden = !query.truncated;
  if (query.truncated) noticeEl.textContent = `Your search was cut to its first ${query.shown.length} characters.`;
  if (query.empty) {
    showEmpty();
    return;
  }
  setStatus('Searching…', true);
  let pf: Pagefind;
  try {
    pf = await loadPagefind();
  } catch {
    setStatus('Search could not start: its index did not load. Reload the page to try again.', false);
    return;
  }
  const filters: Record<string, string> = {};
  for (const f of FILTERS) if (state[f]) filters[f] = state[f];
  // Figures alone ("$200") may give no index terms: then every page (within the filters) is checked.
  const terms = query.pagefind || null;
  const search = debounce && terms ? await pf.debouncedSearch(terms, { filters }, 200) : await pf.search(terms, { filters });
  if (search === null || mine !== generation) return; // a newer search replaced this one
  const pages = await Promise.all(search.results.map((r) => r.data()));
  if (mine !== generation) return;
  const found = pages
    .filter((p) => hasPhrases(p.content, query))
    .map((p) => ({ page: p, outlet: p.filters['outlet']?.[0] ?? '', paragraphs: matchingParagraphs(p.anchors, p.locations, query) }))
    .filter((r) => r.paragraphs.length > 0);
  render(found, query, state);
  // Results are on screen: the next keystroke starts a new search, with its own history entry.
  typing = false;
}

function render(found: { page: PagefindResultData; outlet: string; paragraphs: Anchor[] }[], query: ReturnType<typeof parseQuery>, state: SearchState): void {
  const shown = query.phrases.length ? query.phrases.map((p) => `“${p}”`).join(' and ') : `“${query.words.join(' ')}”`;
  const filtered = FILTERS.some((f) => state[f]);
  if (found.length === 0) {
    setStatus(`No article has ${shown}.`, false);
    resultsEl.replaceChildren(
      el('div', { className: 'none' }, [
        el('p', { textContent: `No article has ${shown}${filtered ? ' with these filters' : ''}.` }),
        el('p', {
          textContent: query.phrases.length
            ? 'Exact phrases must match word for word: try fewer words, or remove the quote marks to find the words anywhere.'
            : filtered
              ? 'Try clearing the filters, or fewer words.'
              : 'Try fewer or different words.',
        }),
      ]),
    );
    return;
  }
  const hitCount = found.reduce((n, r) => n + r.paragraphs.length, 0);
  setStatus(`${shown} is in ${found.length} of ${outletCount} outlets, ${hitCount} paragraph${hitCount === 1 ? '' : 's'}.`, false);
  const highlight = [...query.phrases, ...query.words].join(' ');
  const list = el('ol', { className: 'results' });
  for (const r of found) {
    const info = data.outlets[r.outlet];
    const pageUrl = new URL(r.page.url, location.href);
    const heading = el('h2', {}, [el('a', { href: pageUrl.pathname, textContent: info?.name ?? r.outlet })]);
    const meta = el('p', { className: 'meta', textContent: info ? `${info.kind} · ${info.country}` : '' });
    const item = el('li', { className: 'outlet-result' }, [heading, meta]);
    if (info?.otherEvent) item.append(el('p', { className: 'flag', textContent: `Covers a different call: ${data.events[info.event] ?? info.event}.` }));
    const hits = el('ol', { className: 'hits' });
    for (const [i, p] of r.paragraphs.entries()) {
      if (i === MAX_HITS_SHOWN) {
        hits.append(el('li', { className: 'more', textContent: `and ${r.paragraphs.length - MAX_HITS_SHOWN} more paragraph${r.paragraphs.length - MAX_HITS_SHOWN === 1 ? '' : 's'} in this article` }));
        break;
      }
      const target = new URL(pageUrl.pathname, location.href);
      target.searchParams.set('highlight', highlight);
      target.hash = p.id;
      hits.append(el('li', {}, [el('a', { href: target.pathname + target.search + target.hash }, [el('blockquote', {}, segmentsToNodes(excerpt(p.text, query)))])]));
    }
    item.append(hits);
    list.append(item);
  }
  resultsEl.replaceChildren(list);
}

function commit(push: boolean, debounce: boolean): void {
  const state = readForm();
  const url = urlForState(new URL(location.href), state);
  if (url.href !== location.href) history[push ? 'pushState' : 'replaceState'](null, '', url);
  void run(state, debounce);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  commit(!typing, false);
  typing = false;
});
input.addEventListener('input', () => {
  commit(!typing, true);
  typing = true;
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).tagName !== 'SELECT') return;
  commit(true, false);
  typing = false;
});
window.addEventListener('popstate', () => {
  typing = false;
  const state = stateFromUrl(new URL(location.href));
  writeForm(state);
  void run(state, false);
});

document.documentElement.dataset['search'] = 'ready';
const initial = stateFromUrl(new URL(location.href));
writeForm(initial);
void run(initial, false);
