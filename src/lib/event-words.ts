/**
 * The words the site uses about an event: "Different call.", "What was said
 * at the summit", "Covers an earlier call". They come from the event's YAML
 * (`kind`, `noun`, `preposition`), with defaults from a small vocabulary, so
 * no page says "call" about a summit. Pure: the schema, the pages and the
 * tests use it.
 */

/** How the pages say what was said there: "in the call", "at the summit", "during the visit". */
export const PREPOSITIONS = ['in', 'at', 'during'] as const;
export type Preposition = (typeof PREPOSITIONS)[number];

/** Kinds of event Parallax knows: a singular noun and the preposition for what was said there. */
export const VOCABULARY: Readonly<Record<string, Preposition>> = {
  call: 'in',
  summit: 'at',
  meeting: 'at',
  visit: 'during',
  speech: 'in',
  address: 'in',
  interview: 'in',
  debate: 'in',
  election: 'during',
  referendum: 'during',
  conference: 'at',
  briefing: 'at',
  forum: 'at',
  hearing: 'at',
  rally: 'at',
  ceremony: 'at',
  event: 'at',
};

/** The nouns of the vocabulary, for messages. */
export const KNOWN_NOUNS = Object.keys(VOCABULARY).filter((n) => n !== 'event');

/** The vocabulary noun a kind ends with: "video call" → "call", "G20 summit" → "summit"; undefined when none. */
export function nounOfKind(kind: string): string | undefined {
  const last = kind.trim().toLowerCase().split(/\s+/).at(-1) ?? '';
  return Object.hasOwn(VOCABULARY, last) ? last : undefined;
}

/**
 * The kind of event a title names, for an event whose YAML gives none: the
 * last word of the title that is in the vocabulary, with the lower-case word
 * before it ("Putin–Xi video call, 4 February 2026" → "video call"); "event"
 * when the title names no kind Parallax knows.
 */
export function kindFromTitle(title: string): string {
  const words = title.split(/[\s,.;:()]+/).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!.toLowerCase();
    if (!Object.hasOwn(VOCABULARY, word)) continue;
    const before = words[i - 1];
    return before && /^\p{Ll}+$/u.test(before) ? `${before} ${word}` : word;
  }
  return 'event';
}

/** What the pages need to know about an event to speak of it. */
export interface EventWording {
  /** The singular noun used in running text: "call". */
  noun: string;
  /** "in", "at" or "during". */
  preposition: string;
  /** "Putin–Xi video call, 4 February 2026". */
  title: string;
  date: { iso: string };
}

/** The title without its trailing date: "Putin–Xi video call, 4 February 2026" → "Putin–Xi video call". */
export function shortTitle(event: Pick<EventWording, 'title'>): string {
  return event.title.replace(/,.*$/, '');
}

/** "in the call", "at the summit": where something was said. */
export function saidAt(event: EventWording): string {
  return `${event.preposition} the ${event.noun}`;
}

/**
 * The noun in "a different …" for articles on `others` in an edition about
 * `main`: the events' own noun when all of them share the main event's,
 * otherwise "event" (a call beside a summit is not "a different summit").
 */
export function differentNoun(others: readonly EventWording[], main: EventWording): string {
  return others.every((e) => e.noun === main.noun) ? main.noun : 'event';
}

/** Where an event falls against the edition's: "earlier", "later", or "same day". */
export function relation(event: EventWording, main: EventWording): 'earlier' | 'later' | 'same day' {
  const a = event.date.iso.slice(0, 10);
  const b = main.date.iso.slice(0, 10);
  return a < b ? 'earlier' : a > b ? 'later' : 'same day';
}

/** "an earlier call", "a later call", "a different call": how a card names an article's other event. */
export function otherEventPhrase(event: EventWording, main: EventWording): string {
  const noun = differentNoun([event], main);
  const when = relation(event, main);
  if (when === 'earlier') return `an earlier ${noun}`;
  if (when === 'later') return `a later ${noun}`;
  return `a different ${noun}`;
}

/**
 * The second half of an article's notice, after "This article reports the
 * … of <date>, not …": why it is here and which event its figures are about.
 * `notThe` is what stands before the main event's date: "the one", "the
 * summit" when the nouns differ, the main event's name when both fell on
 * the same day.
 */
export function noticeWords(event: EventWording, main: EventWording): { notThe: string; context: string } {
  const same = event.noun === main.noun;
  const when = relation(event, main);
  const notThe = when === 'same day' ? `the ${shortTitle(main)}` : same ? 'the one' : `the ${main.noun}`;
  // Said of every article on another event than the newest edition's, however it came into the archive: what its
  // figures and statements refer to, and (in the component) the edition it belongs to.
  if (when === 'same day') return { notThe, context: `Its figures and statements refer to the ${event.noun} it reports.` };
  return { notThe, context: `Its figures and statements refer to the ${when} ${same ? 'one' : event.noun}.` };
}

/** The edition's words for one page of columns (outlets), some of which may cover another event. */
export interface EditionWords {
  /** The edition's event. */
  main: EventWording;
  /** Outlet id → the noun in "a different …", for outlets whose article covers another event. */
  different: Record<string, string>;
  /** The noun in "a different …" for all of those together (the main event's noun when there are none). */
  anyDifferent: string;
}

/** The words for a set of columns, given each column's event. */
export function editionWords(
  main: EventWording,
  columns: readonly { id: string; eventId: string; otherEvent: boolean }[],
  events: ReadonlyMap<string, EventWording>,
): EditionWords {
  const others = columns.filter((c) => c.otherEvent).map((c) => [c.id, events.get(c.eventId) ?? main] as const);
  return {
    main,
    different: Object.fromEntries(others.map(([id, e]) => [id, differentNoun([e], main)])),
    anyDifferent: differentNoun(
      others.map(([, e]) => e),
      main,
    ),
  };
}

/** A date as the pages write it in running text: "21 January 2025". */
export function longDate(event: Pick<EventWording, 'date'>): string {
  return new Date(`${event.date.iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * How many outlets an edition compares, said for what they are, from each
 * outlet's event: "5 outlets" when every one covers the edition's event;
 * otherwise "4 outlets on this call, 1 on the call of 21 January 2025" (the
 * main event first, then the others by date), so no count includes an
 * outlet on another event as coverage of this one.
 */
export function outletCount(main: EventWording, outletEvents: readonly EventWording[], noun = 'outlet'): string {
  const onMain = outletEvents.filter((e) => e.title === main.title && e.date.iso === main.date.iso).length;
  if (onMain === outletEvents.length) return count(onMain, noun);
  const others = new Map<string, { event: EventWording; n: number }>();
  for (const e of outletEvents) {
    if (e.title === main.title && e.date.iso === main.date.iso) continue;
    const key = `${e.date.iso} ${e.title}`;
    others.set(key, { event: e, n: (others.get(key)?.n ?? 0) + 1 });
  }
  const parts = [...others.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, { event, n }]) => `${n} on the ${relation(event, main) === 'same day' ? shortTitle(event) : `${event.noun} of ${longDate(event)}`}`);
  return [`${count(onMain, noun)} on this ${main.noun}`, ...parts].join(', ');
}

/**
 * The edition in one phrase, for descriptions, share cards and the dataset's
 * name: "How 3 outlets covered the Lakeshore summit, 14 May 2030", or, when
 * some outlets' articles report another event, "How outlets covered the
 * Putin–Xi video call, 4 February 2026: 4 outlets on this call, 1 on the
 * call of 21 January 2025".
 */
export function howCovered(main: EventWording, outletEvents: readonly EventWording[]): string {
  const counted = outletCount(main, outletEvents);
  return /^\d+ outlets?$/.test(counted) ? `How ${counted} covered the ${main.title}` : `How outlets covered the ${main.title}: ${counted}`;
}
