/** The share card of every page that has its own, from the corpus: one place for their wording. */
import type { ShareCard } from '../lib/share-image.ts';
import { howCovered, otherEventPhrase, outletCount } from '../lib/event-words.ts';
import { plural } from '../lib/format.ts';
import { shareCard } from '../lib/paths.ts';
import { SITE_NAME } from '../lib/consts.ts';
import { quoteCut, rowLabel, type DiffersRow } from '../lib/comparison/differs.ts';
import type { Column } from '../lib/comparison/index.ts';
import { loadCorpus, primaryArticle, type Article, type Event, type Outlet } from './content.ts';
import { loadWhatDiffers, rowPageEvents } from './differs.ts';
import { loadReaderEvents } from './reader.ts';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** An outlet's card's alt text: its headline, flagged where the captured page does not print it, and the event its article reports. */
export function outletCardAlt(
  outlet: Pick<Outlet, 'name' | 'kind' | 'country'>,
  article: Pick<Article, 'headline' | 'headlineSupplied' | 'headlineSource' | 'event'>,
): string {
  const flag = article.headlineSupplied ? ' (headline supplied by Parallax)' : article.headlineSource ? ` (headline ${article.headlineSource})` : '';
  return `${outlet.name} (${outlet.kind}, ${outlet.country}): ${article.headline}${flag}. ${article.event.title}.`;
}

/** An edition's card: how many outlets covered its event, and which. */
function editionCard(event: Event, articles: readonly Article[]): { card: ShareCard; alt: string } {
  const names = articles.map((a) => a.outlet.name).join(', ');
  const counted = plural(articles.length, 'outlet');
  return {
    card: {
      kicker: 'Side by side',
      title: `How ${counted} covered it`,
      text: event.title,
      note: names,
      footer: 'Topics, statements, figures and word choice, paragraph by paragraph',
    },
    alt: `${howCovered(
      event,
      articles.map((a) => a.event),
    )}: ${names}.`,
  };
}

/** Who a row of What differs found sentences in, and who not, in plain words (for its card and its alt text). */
function rowOutlets(columns: readonly Column[], row: DiffersRow) {
  const names = (status: string[]) => columns.filter((c) => status.includes(row.cells[c.id]!.status)).map((c) => c.name);
  return { found: names(['words', 'framing']), none: names(['none']), other: names(['other-event']) };
}

/** A What differs row's card's alt text: the row, the event, whose sentences it holds and whose not. */
export function statementCardAlt(label: string, eventTitle: string, columns: readonly Column[], row: DiffersRow): string {
  const { found, none, other } = rowOutlets(columns, row);
  return [
    `${label}. How outlets carried it on the ${eventTitle}: sentences in ${found.join(', ')}`,
    none.length ? `; no matching sentence found in ${none.join(', ')}` : '',
    other.length ? `; ${other.join(', ')} ${other.length > 1 ? 'cover' : 'covers'} another event` : '',
    '.',
  ].join('');
}

/** Card path (under /og/, without .png) → card and its alt text. */
export async function shareCards(): Promise<Map<string, { card: ShareCard; alt: string }>> {
  const { outlets, mainEvent, articles, editions } = await loadCorpus();
  const cards = new Map<string, { card: ShareCard; alt: string }>();
  const names = outlets.map((o) => o.name).join(', ');
  const onEvents = outlets.map((o) => primaryArticle(o).event);
  // "TASS, RT, The Kyiv Independent (on the Putin–Xi video call, 21 January 2025)": no outlet is named as covering an event it did not.
  const namesWithEvents = outlets
    .map((o) => {
      const a = primaryArticle(o);
      return a.otherEvent ? `${o.name} (on the ${a.event.title})` : o.name;
    })
    .join(', ');
  const counted = outletCount(mainEvent, onEvents);
  cards.set(shareCard.site, {
    card: {
      kicker: `${SITE_NAME} · coverage side by side`,
      title: mainEvent.title,
      text: `The full text of ${plural(articles.length, 'article')} from ${counted}, compared sentence by sentence.`,
      footer: names,
    },
    alt: `${SITE_NAME}: ${mainEvent.title}. The full text of ${plural(articles.length, 'article')} from ${namesWithEvents}, compared.`,
  });
  // The comparison's cards, one per edition (/compare/'s is the newest's): the outlets that covered that event, by their articles.
  for (const { event, articles: covering } of editions) {
    const card = editionCard(event, covering);
    if (event.id === mainEvent.id) cards.set(shareCard.compare, card);
    cards.set(shareCard.event(event.id), card);
  }
  for (const outlet of outlets) {
    const article = primaryArticle(outlet);
    // A headline the captured page does not print (written by Parallax, or taken from the URL) is never set in quotation marks.
    const printed = !article.headlineSupplied && !article.headlineSource;
    const note = [
      article.headlineSupplied ? 'Headline supplied by Parallax' : '',
      article.headlineSource ? `Headline ${article.headlineSource}` : '',
      article.otherEvent ? `Covers ${otherEventPhrase(article.event, mainEvent)}: ${article.event.title}` : '',
    ]
      .filter(Boolean)
      .join(' · ');
    cards.set(shareCard.outlet(outlet.id), {
      card: {
        kicker: `${capital(outlet.kind)} · ${outlet.country}`,
        title: outlet.name,
        text: printed ? `“${article.headline}”` : article.headline,
        ...(note ? { note } : {}),
        footer: `${article.event.title} · full text, compared`,
      },
      alt: outletCardAlt(outlet, article),
    });
  }
  // Each row of What differs, on its own page, in the current editions that have the grid: the row, whose words it holds, the event.
  const current = await rowPageEvents();
  const withRows = editions.filter((e) => e.articles.length > 1 && current.has(e.event.id));
  for (const edition of withRows) {
    // One edition at a time: only a few editions' grids are in memory at once (spill.ts).
    const { comparison, differs } = await loadWhatDiffers(edition.event.id);
    for (const row of differs.rows) {
      const { found, none, other } = rowOutlets(comparison.columns, row);
      const label = rowLabel(row);
      const note = [
        `Sentences in ${found.join(', ')}`,
        none.length ? `no matching sentence found: ${none.join(', ')}` : '',
        other.length ? `another event: ${other.join(', ')}` : '',
      ]
        .filter(Boolean)
        .join(' · ');
      // The card's title holds 48 characters: a longer label goes in the text, and an outlet's words are never cut inside
      // their quotation marks by the card (they are cut here, at a word, the ellipsis outside).
      const words = row.words && quoteCut(row.words.text, row.words.clipped, 130);
      const title = row.words ? `In ${row.words.name}’s words` : label.length <= 48 ? label : 'One statement, side by side';
      cards.set(shareCard.statement(comparison.event.id, row.id), {
        card: {
          kicker: `One statement · ${comparison.event.title}`,
          title: title.length <= 48 ? title : 'One statement, side by side',
          text: words ?? (label.length <= 48 ? 'How each outlet carried it, in its own words' : label),
          note,
          footer: 'Each outlet’s sentences, quoted exactly, linked to their paragraphs',
        },
        alt: statementCardAlt(label, comparison.event.title, comparison.columns, row),
      });
    }
  }
  // Each prerendered reader pair: the two outlets and the event.
  for (const event of await loadReaderEvents()) {
    const name = (id: string) => event.outlets.find((o) => o.outlet.id === id)!.outlet.name;
    for (const [a, b] of event.pairs) {
      cards.set(shareCard.reader(event.event.id, a, b), {
        card: {
          kicker: 'Two outlets, sentence by sentence',
          title: `${name(a)} and ${name(b)}`,
          text: event.event.title,
          footer: 'What both reported, how each worded it, and what only one said',
        },
        alt: `${name(a)} and ${name(b)} side by side, sentence by sentence, on the ${event.event.title}.`,
      });
    }
  }
  return cards;
}
