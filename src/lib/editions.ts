/**
 * How editions relate: the events nearest to one (same kind of event, names
 * and words in common with its title and description), which the edition
 * pages offer as earlier coverage and, for an event with one article, as
 * where to read on. Pure: the pages and the tests call it.
 */
import { nounOfKind } from './event-words.ts';

/** What this module reads of an event. */
export interface EventFacts {
  id: string;
  title: string;
  description: string;
  kind: string;
  date: { iso: string };
}

export interface Related<E extends EventFacts> {
  event: E;
  /** Same kind of event (by its noun: "call", "summit"). */
  sameKind: boolean;
  /** Words both events' titles and descriptions name, as the other event's title or description prints them (names first). */
  shared: string[];
}

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** Words that say nothing about which event it is. */
const STOP = new Set(
  'a an and as at after ahead before by for from had has have held in into is it its met of on or over than that the their them they this to was were which while who with start year years also'.split(
    ' ',
  ),
);

/** An event's telling words, lower-cased → as printed: the title's words, and the description's names (capitalised words). */
function tellingWords(e: EventFacts): Map<string, string> {
  const words = new Map<string, string>();
  const add = (w: string) => {
    const key = w.toLowerCase();
    if (key.length < 2 || STOP.has(key) || MONTHS.has(key) || /^\d+$/.test(key) || words.has(key)) return;
    words.set(key, w);
  };
  for (const w of e.title.split(/[^\p{L}\p{N}]+/u)) add(w);
  for (const w of e.description.split(/[^\p{L}\p{N}]+/u)) if (/^\p{Lu}/u.test(w)) add(w);
  return words;
}

const nounOf = (e: EventFacts) => nounOfKind(e.kind) ?? e.kind.trim().toLowerCase();
const days = (e: EventFacts) => Date.parse(`${e.date.iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/**
 * The events nearest to `event` among `events` (itself left out): each one
 * sharing its kind or at least one telling word, the most words in common
 * first, then the same kind, then the nearest in time; at most `limit`.
 */
export function relatedEvents<E extends EventFacts>(event: EventFacts, events: readonly E[], limit = 3): Related<E>[] {
  const mine = tellingWords(event);
  return events
    .filter((e) => e.id !== event.id)
    .map((e) => {
      const theirs = tellingWords(e);
      const shared = [...theirs].filter(([key]) => mine.has(key)).map(([, printed]) => printed);
      return { event: e, sameKind: nounOf(e) === nounOf(event), shared };
    })
    .filter((r) => r.shared.length > 0 || r.sameKind)
    .sort(
      (a, b) =>
        b.shared.length - a.shared.length ||
        Number(b.sameKind) - Number(a.sameKind) ||
        Math.abs(days(a.event) - days(event)) - Math.abs(days(b.event) - days(event)) ||
        a.event.id.localeCompare(b.event.id),
    )
    .slice(0, limit);
}

/** The related events dated before `event`: its earlier coverage. */
export function earlierEvents<E extends EventFacts>(event: EventFacts, events: readonly E[], limit = 3): Related<E>[] {
  const day = event.date.iso.slice(0, 10);
  return relatedEvents(
    event,
    events.filter((e) => e.date.iso.slice(0, 10) < day),
    limit,
  );
}

/**
 * A page's links to rows of a comparison shown on it: `/compare/#<row>` (what
 * the comparison's own notes link to) becomes `#<row>`, so an edition page's
 * links stay on that page. Other links are left as they are.
 */
export function rowLinksOnPage<T>(value: T, comparePage: string, page = ''): T {
  const prefix = `${comparePage}#`;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.startsWith(prefix) ? page + v.slice(comparePage.length) : v;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
