/**
 * Every address on the site, built in one place. The URLs are a contract
 * (DESIGN.md, "URLs"): readers' links and bookmarks depend on them, so pages,
 * components, exports and browser scripts all build them here. Pure: no
 * astro:* and no Node, so browser code imports it too.
 */
import { slug } from 'github-slugger';
import { FILTERS, type FilterName } from './search-filters.ts';

/** `/` */
export const homePath = (): string => '/';

/** `/outlets/<outlet>/`: the outlet's page, with its article on the edition's event. */
export const outletPath = (outlet: string): string => `/outlets/${outlet}/`;

/**
 * An article's page: `/outlets/<outlet>/` for the outlet's primary article,
 * `/outlets/<outlet>/<article>/` for its others.
 */
export const articlePath = (outlet: string, article: string, primary = false): string =>
  primary ? outletPath(outlet) : `/outlets/${outlet}/${article}/`;

/**
 * One paragraph: `/outlets/<outlet>/#<block>` (the primary article's page
 * unless `page` names another). `textFragment` adds `:~:text=…`, which points
 * browsers that support it at exact words inside the paragraph.
 */
export function paragraphPath(outlet: string, block: string, options: { page?: string; textFragment?: string } = {}): string {
  const directive = options.textFragment ? `:~:text=${encodeTextDirective(options.textFragment)}` : '';
  return `${options.page ?? outletPath(outlet)}#${block}${directive}`;
}

/** Text directives need -, & and , escaped besides the usual percent-encoding. */
function encodeTextDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** `/compare/`: the newest edition's comparison, the same page as its `/events/<event>/` (which it names canonical), row ids and all. */
export const comparePath = (): string => '/compare/';

/** Addresses that show another page's content and name that page canonical: /compare/ shows the newest edition. */
export const ALIAS_ROUTES: readonly string[] = [comparePath()];

/** `/offline/`: what the service worker shows, offline, for an address it has not kept. */
export const offlinePath = (): string => '/offline/';

/** The ids of /compare/'s rows, one builder per section, so every link to a row and the row itself agree. */
export const compareRowId = {
  coverage: (topic: string) => `coverage-${topic}`,
  /** A topic's lane of quoted paragraphs, below the coverage matrix. */
  topic: (topic: string) => `topic-${topic}`,
  statement: (statement: string) => `statement-${statement}`,
  /** A row of the What differs grid: one aligned group, or a curated statement no group holds. */
  differs: (row: string) => `differs-${row}`,
  figures: (measure: string) => `figures-${measure}`,
  /** A word-choice group's table. */
  wordGroup: (group: string) => `word-${group}`,
  /** One wording of a group: its label, slugged. */
  word: (group: string, variant: string) => `word-${group}-${slug(variant)}`,
  source: (source: string) => `source-${source}`,
  /** The n-th (1-based) passage outlets a and b share. */
  shared: (a: string, b: string, n: number) => `shared-${a}-${b}-${n}`,
} as const;

/** `/compare/#<row>`: one row of the comparison. */
export const compareRowPath = (rowId: string): string => `${comparePath()}#${rowId}`;

/** `/search/`, or `/search/?q=…&outlet=…` with the query and filters given (empty ones left out). */
export function searchPath(params: { q?: string } & Partial<Record<FilterName, string>> = {}): string {
  const query = new URLSearchParams();
  for (const name of ['q', ...FILTERS] as const) {
    const value = params[name];
    if (value) query.set(name, value);
  }
  const search = query.toString();
  return search ? `/search/?${search}` : '/search/';
}

/** `/data/<file>`: comparison.json and the CSV tables (the newest edition's), and the other data files. */
export const dataPath = (file: string): string => `/data/${file}`;

/** `/data/events/<event>/<file>`: one edition's comparison.json and CSV tables. */
export const eventDataPath = (event: string, file: string): string => dataPath(`events/${event}/${file}`);

/** The site's feeds of editions and articles: Atom, and JSON Feed. */
export const feedPath = (format: 'atom' | 'json'): string => (format === 'atom' ? '/feed.xml' : '/feed.json');

/** The share cards, under /og/: the site's, the comparison's (the newest edition's), one per edition and one per outlet. */
export const shareCard = {
  site: 'site',
  compare: 'compare',
  event: (event: string) => `events/${event}`,
  outlet: (outlet: string) => `outlets/${outlet}`,
  /** One row of What differs, on its own page (statementPath). */
  statement: (event: string, row: string) => `events/${event}/statements/${row}`,
  /** A prerendered reader pair (readerPath). */
  reader: (event: string, a: string, b: string) => `events/${event}/read/${a}/${b}`,
} as const;

/** `/og/<card>.png` */
export const shareImagePath = (card: string): string => `/og/${card}.png`;

/** `/events/<event>/`: one edition's page, its comparison (or, with one article, that article and the nearest events). */
export const eventPath = (event: string): string => `/events/${event}/`;

/** `/editions/`: the archive, every year with its editions by month. */
export const editionsPath = (): string => '/editions/';

/** The id of a month (`YYYY-MM`) on its year's archive page: `month-YYYY-MM` (an id begins with a letter). */
export const archiveMonthId = (month: string): string => `month-${month}`;

/**
 * `/editions/<year>/`: that year's editions by month, newest first; with a month (`YYYY-MM`),
 * `#month-<YYYY-MM>` on it. An edition's year never changes, so its place in the archive never moves.
 */
export const editionsYearPath = (year: string, month?: string): string => `${editionsPath()}${year}/${month ? `#${archiveMonthId(month)}` : ''}`;

/**
 * `/events/<event>/read/<a>/<b>/`: outlets a and b on one event, sentence by
 * sentence, the rows in a's order (b/a is the same pair in b's order).
 */
export const readerPath = (event: string, a: string, b: string): string => `${eventPath(event)}read/${a}/${b}/`;

/**
 * `/events/<event>/statements/<row>/`: one row of What differs on its own
 * page (each outlet's words, quoted, with their paragraphs), so a shared link
 * unfurls as that row. The row is an alignment group's id, or a curated
 * statement's id where no group holds it.
 */
export const statementPath = (event: string, row: string): string => `${eventPath(event)}statements/${row}/`;

/** `/events/<event>/read/`: the event's pairs of outlets to read side by side. */
export const readerIndexPath = (event: string): string => `${eventPath(event)}read/`;
