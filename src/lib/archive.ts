/**
 * The archive of editions: what the home page lists (the newest edition, the
 * latest few after it, the years) and what each year's page holds (its
 * editions, grouped by month). Pure: it takes `corpus.editions` (newest
 * first) and never reorders them, so every list agrees with the corpus.
 *
 * The home page stays the same size however many editions there are: it
 * lists HOME_EDITIONS of them and links one page per year, and a year's page
 * holds that year only. An edition's year never changes, so
 * `/editions/<year>/#month-<year>-<month>` stays where an edition is for good, where
 * numbered pages would move every edition at each new one.
 */

/** The editions the home page lists after the newest one; the rest are on the year pages. */
export const HOME_EDITIONS = 10;

/** What the archive needs of an edition: its event (with the day as written) and who covered it. */
export interface ArchiveEdition {
  event: { id: string; title: string; description: string; date: { iso: string } };
  articles: readonly { outlet: { id: string } }[];
}

/** One edition as the archive lists it. */
export interface EditionEntry<E extends ArchiveEdition = ArchiveEdition> {
  edition: E;
  /** How many outlets covered the event. */
  outlets: number;
}

interface ArchiveMonth<E extends ArchiveEdition = ArchiveEdition> {
  /** `YYYY-MM`: the month (its anchor on its year's page is `archiveMonthId(key)`). */
  key: string;
  /** "February 2026" */
  label: string;
  entries: EditionEntry<E>[];
}

export interface ArchiveYear<E extends ArchiveEdition = ArchiveEdition> {
  /** `YYYY` */
  year: string;
  /** Editions in the year. */
  count: number;
  /** Newest first. */
  months: ArchiveMonth<E>[];
}

export interface HomeArchive<E extends ArchiveEdition = ArchiveEdition> {
  newest: EditionEntry<E>;
  /** Up to HOME_EDITIONS editions after the newest, newest first. */
  recent: EditionEntry<E>[];
  /** Editions the home page does not list (they are on the year pages). */
  more: number;
  /** Every year with an edition, newest first, with its count. */
  years: { year: string; count: number }[];
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The calendar year and month of the event's day as written (an offset in the date never moves it to another month). */
const monthKey = (edition: ArchiveEdition): string => edition.event.date.iso.slice(0, 7);

const entryOf = <E extends ArchiveEdition>(edition: E): EditionEntry<E> => ({
  edition,
  outlets: new Set(edition.articles.map((a) => a.outlet.id)).size,
});

/** Every edition by year and month, newest first; within a month, in the corpus's order. */
export function archiveYears<E extends ArchiveEdition>(editions: readonly E[]): ArchiveYear<E>[] {
  const months = new Map<string, EditionEntry<E>[]>();
  for (const edition of editions) {
    const key = monthKey(edition);
    const list = months.get(key);
    if (list) list.push(entryOf(edition));
    else months.set(key, [entryOf(edition)]);
  }
  const years = new Map<string, ArchiveYear<E>>();
  for (const key of [...months.keys()].sort().reverse()) {
    const year = key.slice(0, 4);
    const entries = months.get(key)!;
    const label = MONTH.format(new Date(`${key}-01T00:00:00Z`));
    const y = years.get(year) ?? { year, count: 0, months: [] };
    y.months.push({ key, label, entries });
    y.count += entries.length;
    years.set(year, y);
  }
  return [...years.values()];
}

/** The home page's share of the archive: the newest edition, the next `recent`, and the years. Throws on no edition. */
export function homeArchive<E extends ArchiveEdition>(editions: readonly E[], recent = HOME_EDITIONS): HomeArchive<E> {
  const [newest, ...rest] = editions;
  if (!newest) throw new Error('the corpus has no edition: no event is covered by an article');
  return {
    newest: entryOf(newest),
    recent: rest.slice(0, recent).map(entryOf),
    more: Math.max(0, rest.length - recent),
    years: archiveYears(editions).map(({ year, count }) => ({ year, count })),
  };
}

/**
 * How many of an outlet's articles an article page lists around its own (the outlet's page, /outlets/<id>/, lists
 * them all). Each article page used to list every article by its outlet: at 100 articles an outlet that list was
 * 37 KB of each 82 KB page, and an archive that grows for years made every page longer and every build slower.
 */
export const NEARBY_ARTICLES = 7;

/**
 * The part of a list (newest first) an article page shows: `size` entries around `index`, as many before it as
 * after where the list allows, the whole list when it is no longer. `start` is the first shown entry's place.
 */
export function around(length: number, index: number, size = NEARBY_ARTICLES): { start: number; end: number } {
  if (length <= size) return { start: 0, end: length };
  const start = Math.min(Math.max(0, index - Math.floor((size - 1) / 2)), length - size);
  return { start, end: start + size };
}
