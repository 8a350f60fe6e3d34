/**
 * The search page: Pagefind's JS API behind a plain GET form. This module
 * only wires the page to the pure modules that decide everything: the query
 * (lib/search-query.ts), the results and excerpts (lib/search-results.ts),
 * the address (lib/search-url.ts) and a search's steps and words
 * (lib/search-session.ts). The query and filters live in the address (so a
 * search can be linked, and back/forward work); results update as the reader
 * types. Everything shown is built with DOM methods from text: nothing from
 * an article or a query is parsed as HTML.
 */
import type { Segment } from '../lib/comparison/index.ts';
import { MAX_QUERY_LENGTH } from '../lib/consts.ts';
import { outletPath } from '../lib/paths.ts';
import { FILTERS } from '../lib/search-filters.ts';
import { parseQuery } from '../lib/search-query.ts';
import { excerpt, type Anchor } from '../lib/search-results.ts';
import { cutNotice, INDEX_FAILED, MAX_HITS_SHOWN, moreParagraphs, SEARCHING, SearchSession, type Hit, type PageData } from '../lib/search-session.ts';
import {
  matchedSentences,
  nextStatementFiles,
  otherOutlets,
  sameStatements,
  SAME_STATEMENT,
  statementPath,
  type StatementGroup,
} from '../lib/search-statements.ts';
import { editionsFor, scopeText, SCOPE_ALL, shardPath, type EditionRef } from '../lib/search-scope.ts';
import { correctedUrl, pagefindFilters, stateFromUrl, urlForState, type KnownFilters, type SearchState } from '../lib/search-url.ts';

interface SiteData {
  /** Each outlet, with the note shown when its article covers another event ('' when not). */
  outlets: Record<string, { name: string; kind: string; country: string; flag: string }>;
  /** The edition's example searches, from its event's YAML. */
  examples: string[];
  /** The editions, newest first: one index bundle each (lib/search-scope.ts). */
  editions: EditionRef[];
}

interface PagefindSearch {
  results: { data: () => Promise<PageData> }[];
  filters?: Record<string, Record<string, number>>;
}

interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Filters }) => Promise<PagefindSearch | null>;
  debouncedSearch: (q: string | null, o?: { filters?: Filters }, ms?: number) => Promise<PagefindSearch | null>;
  mergeIndex: (path: string) => Promise<void>;
}

type Filters = Record<string, string | { any: string[] }>;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const statusEl = document.querySelector<HTMLElement>('#search-status')!;
const noticeEl = document.querySelector<HTMLElement>('#search-notice')!;
const resultsEl = document.querySelector<HTMLElement>('#search-results')!;
const data = JSON.parse(document.querySelector('#search-data')?.textContent ?? '{}') as SiteData;
const outletCount = Object.keys(data.outlets ?? {}).length;
const editions = data.editions ?? [];
const scopeBox = form.querySelector<HTMLInputElement>('input[name="scope"]');
const scopeEl = document.querySelector<HTMLElement>('#search-scope');
const menus = FILTERS.flatMap((f) => {
  const select = form.querySelector<HTMLSelectElement>(`select[name="${f}"]`);
  return select ? [[f, select] as const] : [];
});
/** The values each filter may take: its menu's options. */
const known: KnownFilters = Object.fromEntries(menus.map(([f, select]) => [f, new Set([...select.options].map((o) => o.value).filter(Boolean))]));

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  // A variable path keeps the bundler from resolving Pagefind, which exists only in the built site.
  const path = '/pagefind/pagefind.js';
  if (pagefind) return pagefind;
  const loading = (import(/* @vite-ignore */ path) as Promise<Pagefind>).then(async (pf) => {
    // On the page's own thread: the bundles a search reads are small (lib/search-scope.ts), and a worker
    // would cost its own 12 KB script and start-up before the first result.
    await pf.options({ excerptLength: 40, noWorker: true });
    await pf.init();
    return pf;
  });
  // One that did not load (offline, the index not cached) is tried again by the next search.
  loading.catch(() => {
    if (pagefind === loading) pagefind = undefined;
  });
  pagefind = loading;
  return pagefind;
}

/** The older editions' bundles merged so far (the newest is Pagefind's own): each is fetched once, when a search first reads it. */
const merged = new Map<string, Promise<void>>();
async function loadEditions(pf: Pagefind, read: readonly EditionRef[]): Promise<void> {
  for (const e of read) {
    const path = shardPath(editions, e.id);
    if (path === '/pagefind/' || merged.has(e.id)) continue;
    // One that did not load (offline, never opened) is tried again by the next search.
    merged.set(
      e.id,
      pf.mergeIndex(path).catch((error: unknown) => {
        merged.delete(e.id);
        throw error;
      }),
    );
  }
  await Promise.all(read.map((e) => merged.get(e.id)));
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
  const state = { q: get('q') } as SearchState;
  for (const f of FILTERS) state[f] = get(f);
  if (get('scope') === SCOPE_ALL) state.scope = SCOPE_ALL;
  return state;
}

function writeForm(state: SearchState): void {
  if (input.value !== state.q) input.value = state.q;
  for (const [f, select] of menus) select.value = state[f];
  if (scopeBox) scopeBox.checked = state.scope === SCOPE_ALL;
}

/** The search the address asks for; a filter value the menus do not offer is dropped from it, and from the address. */
function readAddress(): SearchState {
  const url = new URL(location.href);
  const corrected = correctedUrl(url, known);
  if (corrected) history.replaceState(history.state, '', corrected);
  return stateFromUrl(url, known);
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
// A paste longer than the box holds is cut by the browser, silently: the page says so, as for an address.
let pasteCut = false;

/** The search on screen: its session, Pagefind's results, and which run of the page it belongs to. */
interface Current {
  session: SearchSession;
  results: PagefindSearch['results'];
  mine: number;
}

let current: Current | undefined;

async function run(state: SearchState, debounce: boolean, cut = false): Promise<void> {
  const mine = ++generation;
  const query = parseQuery(state.q);
  noticeEl.hidden = !(query.truncated || cut);
  if (!noticeEl.hidden) noticeEl.textContent = cutNotice(MAX_QUERY_LENGTH);
  if (query.empty) {
    current = undefined;
    showEmpty();
    // With nothing to search yet, Pagefind is made ready for the first keystroke (the page preloads its
    // script and WebAssembly anyway); a failure here is reported by the search that needs it.
    loadPagefind().catch(() => undefined);
    return;
  }
  setStatus(SEARCHING, true);
  const read = editionsFor(editions, { event: state.event, scope: state.scope ?? '' });
  if (scopeEl) scopeEl.textContent = scopeText(editions, read);
  let pf: Pagefind;
  try {
    pf = await loadPagefind();
    await loadEditions(pf, read);
  } catch {
    setStatus(INDEX_FAILED, false);
    return;
  }
  if (mine !== generation) return;
  const filters: Filters = pagefindFilters(state);
  // Bundles of other editions merged by an earlier search answer too: keep to the editions this one reads.
  const loaded = editions.filter((e) => shardPath(editions, e.id) === '/pagefind/' || merged.has(e.id));
  if (!filters['event'] && read.length < loaded.length) filters['event'] = { any: read.map((e) => e.id) };
  // Figures alone ("$200") may give no index terms: then every page (within the filters) is checked.
  const terms = query.pagefind || null;
  const search = debounce && terms ? await pf.debouncedSearch(terms, { filters }, 200) : await pf.search(terms, { filters });
  if (search === null || mine !== generation) return; // a newer search replaced this one
  current = {
    session: new SearchSession({ query, state, total: search.results.length, outletCount }),
    results: search.results,
    mine,
  };
  await more(current);
  // Results are on screen: the next keystroke starts a new search, with its own history entry.
  typing = false;
}

/** Reads the next step of results (the session says which) and shows them. */
async function more(c: Current): Promise<void> {
  const { session } = c;
  setStatus(SEARCHING, true);
  session.step();
  for (let range = session.nextBatch(); range; range = session.nextBatch()) {
    const pages = await Promise.all(c.results.slice(range.from, range.to).map((r) => r.data()));
    if (c.mine !== generation) return;
    session.record(pages);
  }
  render(c);
}

/** Alignment groups, by file, fetched once per page view; one that did not load (offline before a first visit) is tried again by the next search. */
const statementFiles = new Map<string, Promise<void>>();
const statementGroups = new Map<string, StatementGroup>();

/** The group files of a shown paragraph's sentences that hold a match (its page's metadata names them). */
function groupsOf(hit: Hit, paragraph: Anchor, query: SearchSession['query']): string[] {
  return matchedSentences(hit.statements.get(paragraph.id) ?? [], paragraph.text, query).map((s) => statementPath(hit.event, s.group));
}

/** Fetches group files not fetched yet (at most a step's worth: MAX_FILES_PER_STEP). */
async function loadStatements(wanted: readonly string[]): Promise<void> {
  for (const file of nextStatementFiles(wanted, statementFiles))
    statementFiles.set(
      file,
      fetch(file)
        .then((r) => (r.ok ? (r.json() as Promise<StatementGroup>) : undefined))
        .catch(() => undefined)
        .then((group) => {
          if (group) statementGroups.set(file, group);
          else statementFiles.delete(file);
        }),
    );
  await Promise.all(wanted.map((f) => statementFiles.get(f)));
}

/** "Same statement in other outlets" under a result's paragraph: each other outlet's own words, linked to its paragraph. */
function statementsBlock(hit: Hit, paragraph: Anchor, query: SearchSession['query'], outlet: string): HTMLElement | undefined {
  const sentences = hit.statements.get(paragraph.id) ?? [];
  if (sentences.length === 0) return undefined;
  const groups = new Map<string, StatementGroup>();
  for (const s of sentences) {
    const group = statementGroups.get(statementPath(hit.event, s.group));
    if (group) groups.set(s.group, group);
  }
  const found = sameStatements({ outlet, text: paragraph.text, sentences }, groups, query);
  if (found.length === 0) return undefined;
  const items = found.flatMap((s) => [
    ...s.others.map((m) =>
      el('li', {}, [
        el('a', { href: m.href }, [
          el('span', { className: 'outlet', textContent: data.outlets[m.outlet]?.name ?? m.outlet }),
          ' ',
          el('span', { className: 'wording', textContent: `(${m.wording})` }),
          el('blockquote', { textContent: m.text }),
        ]),
      ]),
    ),
    ...(s.more ? [el('li', { className: 'more', textContent: otherOutlets(s.more) })] : []),
  ]);
  return el('div', { className: 'same' }, [el('p', { className: 'same-title', textContent: SAME_STATEMENT }), el('ul', {}, items)]);
}

/**
 * A result's "Same statement in other outlets" comes with it when its groups are already here; otherwise they are
 * fetched when the result comes near the screen (most searches never scroll to most results: their groups, 3 KB
 * each, were a sixth of a first search's bytes), and the block is added then.
 */
const nearScreen =
  'IntersectionObserver' in window
    ? new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            if (!entry.isIntersecting) continue;
            nearScreen!.unobserve(entry.target);
            whenShown.get(entry.target)?.();
          }
        },
        { rootMargin: '50% 0px' },
      )
    : undefined;
const whenShown = new WeakMap<Element, () => void>();

function sameStatementsWhenShown(c: Current, hit: HTMLElement, article: Hit, paragraph: Anchor, outlet: string): void {
  const files = groupsOf(article, paragraph, c.session.query);
  const add = () => {
    const same = statementsBlock(article, paragraph, c.session.query, outlet);
    if (same) hit.append(same);
  };
  if (files.every((f) => statementGroups.has(f))) return add();
  whenShown.set(hit, () => {
    void loadStatements(files).then(() => {
      if (c.mine === generation && hit.isConnected) add();
    });
  });
  if (nearScreen) nearScreen.observe(hit);
  else whenShown.get(hit)!();
}

function render(c: Current): void {
  const { session } = c;
  nearScreen?.disconnect();
  setStatus(session.status(), false);
  const none = session.nothingFound();
  if (none) {
    resultsEl.replaceChildren(el('div', { className: 'none' }, [el('p', { textContent: none.message }), el('p', { textContent: none.hint })]));
    return;
  }
  const list = el('ol', { className: 'results' });
  for (const [outlet, articles] of session.groups) {
    const info = data.outlets[outlet];
    const item = el('li', { className: 'outlet-result' }, [
      el('h2', {}, [el('a', { href: outletPath(outlet), textContent: info?.name ?? outlet })]),
      el('p', { className: 'meta', textContent: info ? `${info.kind} · ${info.country}` : '' }),
    ]);
    if (info?.flag) item.append(el('p', { className: 'flag', textContent: info.flag }));
    const hits = el('ol', { className: 'hits' });
    for (const article of articles) {
      const pageUrl = new URL(article.url, location.href);
      for (const [i, p] of article.paragraphs.entries()) {
        if (i === MAX_HITS_SHOWN) {
          hits.append(el('li', { className: 'more', textContent: moreParagraphs(article.paragraphs.length - MAX_HITS_SHOWN) }));
          break;
        }
        const target = new URL(pageUrl.pathname, location.href);
        target.searchParams.set('highlight', session.highlight);
        target.hash = p.id;
        const hit = el('li', {}, [
          el('a', { href: target.pathname + target.search + target.hash }, [el('blockquote', {}, segmentsToNodes(excerpt(p.text, session.query)))]),
        ]);
        hits.append(hit);
        sameStatementsWhenShown(c, hit, article, p, outlet);
      }
    }
    item.append(hits);
    list.append(item);
  }
  // Nothing found yet, more to check: say so rather than show an empty list.
  const nothingYet = session.nothingYet();
  const children: Node[] = [nothingYet ? el('p', { className: 'none', textContent: nothingYet }) : list];
  const moreLabel = session.moreLabel();
  if (moreLabel) {
    const button = el('button', { type: 'button', className: 'more-results', textContent: moreLabel });
    button.addEventListener('click', () => {
      if (current === c) void more(c);
    });
    children.push(button);
  }
  resultsEl.replaceChildren(...children);
}

function commit(push: boolean, debounce: boolean, cut = false): void {
  const state = readForm();
  const url = urlForState(new URL(location.href), state);
  if (url.href !== location.href) history[push ? 'pushState' : 'replaceState'](null, '', url);
  void run(state, debounce, cut);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  commit(!typing, false);
  typing = false;
});
input.addEventListener('paste', (event) => {
  // What the paste would make, line breaks taken out as the browser does for a one-line box, against what the box holds.
  const pasted = (event.clipboardData?.getData('text/plain') ?? '').replace(/[\r\n]/g, '');
  const replaced = (input.selectionEnd ?? 0) - (input.selectionStart ?? 0);
  pasteCut = input.value.length - replaced + pasted.length > input.maxLength;
});
input.addEventListener('input', () => {
  const cut = pasteCut && input.value.length >= input.maxLength;
  pasteCut = false;
  commit(!typing, true, cut);
  typing = true;
});
form.addEventListener('change', (event) => {
  if ((event.target as HTMLElement).tagName !== 'SELECT' && event.target !== scopeBox) return;
  commit(true, false);
  typing = false;
});
window.addEventListener('popstate', () => {
  typing = false;
  const state = readAddress();
  writeForm(state);
  void run(state, false);
});

document.documentElement.dataset['search'] = 'ready';
const initial = readAddress();
writeForm(initial);
void run(initial, false);
