/**
 * The search page: Pagefind's JS API behind a plain GET form. The query and
 * filters live in the address (so a search can be linked, and back/forward
 * work); results update as the reader types; results are grouped by outlet
 * and point at the exact paragraphs. Everything shown is built with DOM
 * methods from text: nothing from an article or a query is parsed as HTML.
 */
import type { Segment } from '../lib/comparison/index.ts';
import { outletPath } from '../lib/paths.ts';
import {
  excerpt,
  FILTERS,
  hasPhrases,
  matchingParagraphs,
  parseQuery,
  stateFromUrl,
  urlForState,
  type Anchor,
  type SearchState,
} from '../lib/search-query.ts';

interface SiteData {
  /** Each outlet, with the note shown when its article covers another event ('' when not). */
  outlets: Record<string, { name: string; kind: string; country: string; flag: string }>;
  /** The edition's example searches, from its event's YAML. */
  examples: string[];
}

interface PagefindResultData {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  locations: number[];
  anchors: Anchor[];
}

interface PagefindSearch {
  results: { data: () => Promise<PagefindResultData> }[];
  filters?: Record<string, Record<string, number>>;
}

interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, string> }) => Promise<PagefindSearch | null>;
  debouncedSearch: (q: string | null, o?: { filters?: Record<string, string> }, ms?: number) => Promise<PagefindSearch | null>;
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

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
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
  const examples = data.examples ?? [];
  resultsEl.replaceChildren(
    el('div', { className: 'empty' }, [
      el('p', {
        textContent: `Type a word or paste a quote. Put it in quote marks to find those exact words${examples.length ? ', for example:' : '.'}`,
      }),
      ...(examples.length
        ? [
            el(
              'ul',
              {},
              examples.map((example) => {
                const link = el('a', {
                  href: urlForState(new URL(location.href), { q: example, outlet: '', kind: '', event: '' }).href,
                  textContent: example,
                });
                return el('li', {}, [link]);
              }),
            ),
          ]
        : []),
    ]),
  );
  setStatus('', false);
}

let generation = 0;
// History: the first keystroke of a new search adds an entry, later keystrokes update it until
// its results show, so Back returns to the previous search, not to each letter typed.
let typing = false;

/** Articles whose text a search reads at a time: a common word in a large corpus matches thousands, and each costs a fetch. */
const BATCH = 10;
/**
 * Articles read per step at most, hits or not. Where Pagefind gives
 * candidates rather than matches (a phrase with figures, a Chinese query),
 * few may hold the words: the reader continues with "Check more articles"
 * instead of the page fetching every article's text at once.
 */
const MAX_READ = 50;

interface Hit {
  url: string;
  paragraphs: Anchor[];
}

interface Session {
  query: ReturnType<typeof parseQuery>;
  state: SearchState;
  results: { data: () => Promise<PagefindResultData> }[];
  /** The next result to read. */
  next: number;
  groups: Map<string, Hit[]>;
  mine: number;
}

let session: Session | undefined;

async function run(state: SearchState, debounce: boolean): Promise<void> {
  const mine = ++generation;
  const query = parseQuery(state.q);
  noticeEl.hidden = !query.truncated;
  if (query.truncated) noticeEl.textContent = `Your search was cut to its first ${query.shown.length} characters.`;
  if (query.empty) {
    session = undefined;
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
  session = {
    query,
    state,
    results: search.results,
    next: 0,
    groups: new Map(),
    mine,
  };
  await more(session);
  // Results are on screen: the next keystroke starts a new search, with its own history entry.
  typing = false;
}

/** Whether Pagefind's results are only candidates, each to be checked in its text (phrases, words it cannot index). */
const checking = (query: Session['query']) => query.phrases.length > 0 || !query.pagefind;

/** Reads the next batch of matching articles (more, for phrases, until a batch of hits is found) and shows them. */
async function more(s: Session): Promise<void> {
  setStatus('Searching…', true);
  let added = 0;
  let read = 0;
  while (s.next < s.results.length && added < BATCH && read < MAX_READ) {
    const batch = await Promise.all(s.results.slice(s.next, s.next + BATCH).map((r) => r.data()));
    if (s.mine !== generation) return;
    s.next += batch.length;
    read += batch.length;
    for (const p of batch) {
      if (!hasPhrases(p.content, s.query)) continue;
      const paragraphs = matchingParagraphs(p.anchors, p.locations, s.query);
      if (paragraphs.length === 0) continue;
      const outlet = p.filters['outlet']?.[0] ?? '';
      s.groups.set(outlet, [...(s.groups.get(outlet) ?? []), { url: p.url, paragraphs }]);
      added++;
    }
  }
  render(s);
}

function render(s: Session): void {
  const { query, state } = s;
  const shown = query.phrases.length ? query.typed.phrases.map((p) => `“${p}”`).join(' and ') : `“${query.typed.words.join(' ')}”`;
  const filtered = FILTERS.some((f) => state[f]);
  const done = s.next >= s.results.length;
  if (s.groups.size === 0 && done) {
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
  const hits = [...s.groups.values()].flat();
  const paragraphs = hits.reduce((n, h) => n + h.paragraphs.length, 0);
  const count = (n: number, one: string) => `${n.toLocaleString('en')} ${one}${n === 1 ? '' : 's'}`;
  setStatus(
    done
      ? `${shown} is in ${s.groups.size} of ${outletCount} outlets, ${count(paragraphs, 'paragraph')}.`
      : checking(query)
        ? `${shown} is in ${s.groups.size} of ${outletCount} outlets so far, ${count(paragraphs, 'paragraph')}; ${count(s.results.length - s.next, 'article')} left to check.`
        : // How many outlets match in all would need Pagefind's filter index (22 KB per filter at 10,000 articles): only those read so far are counted.
          `${shown} is in ${count(s.results.length, 'article')}; showing the first ${hits.length.toLocaleString('en')}, from ${s.groups.size} of ${outletCount} outlets.`,
    false,
  );
  const highlight = [...query.phrases, ...query.words].join(' ');
  const list = el('ol', { className: 'results' });
  for (const [outlet, articles] of s.groups) {
    const info = data.outlets[outlet];
    const outletUrl = outletPath(outlet);
    const item = el('li', { className: 'outlet-result' }, [
      el('h2', {}, [el('a', { href: outletUrl, textContent: info?.name ?? outlet })]),
      el('p', { className: 'meta', textContent: info ? `${info.kind} · ${info.country}` : '' }),
    ]);
    if (info?.flag) item.append(el('p', { className: 'flag', textContent: info.flag }));
    const list2 = el('ol', { className: 'hits' });
    for (const article of articles) {
      const pageUrl = new URL(article.url, location.href);
      for (const [i, p] of article.paragraphs.entries()) {
        if (i === MAX_HITS_SHOWN) {
          const rest = article.paragraphs.length - MAX_HITS_SHOWN;
          list2.append(el('li', { className: 'more', textContent: `and ${rest} more paragraph${rest === 1 ? '' : 's'} in this article` }));
          break;
        }
        const target = new URL(pageUrl.pathname, location.href);
        target.searchParams.set('highlight', highlight);
        target.hash = p.id;
        list2.append(
          el('li', {}, [
            el('a', { href: target.pathname + target.search + target.hash }, [el('blockquote', {}, segmentsToNodes(excerpt(p.text, query)))]),
          ]),
        );
      }
    }
    item.append(list2);
    list.append(item);
  }
  // Nothing found yet, more to check: say so rather than show an empty list.
  const children: Node[] = [
    s.groups.size > 0 ? list : el('p', { className: 'none', textContent: `None of the first ${s.next.toLocaleString('en')} articles has it.` }),
  ];
  if (!done) {
    const button = el('button', {
      type: 'button',
      className: 'more-results',
      textContent: checking(query) ? 'Check more articles' : 'Show more results',
    });
    button.addEventListener('click', () => {
      if (session === s) void more(s);
    });
    children.push(button);
  }
  resultsEl.replaceChildren(...children);
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
