/** The share card of every page that has its own, from the corpus: one place for their wording. */
import type { ShareCard } from '../lib/share-image.ts';
import { howCovered, otherEventPhrase, outletCount } from '../lib/event-words.ts';
import { plural } from '../lib/format.ts';
import { shareCard } from '../lib/paths.ts';
import { SITE_NAME } from '../lib/consts.ts';
import { loadCorpus, primaryArticle, type Article, type Event, type Outlet } from './content.ts';

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
  return cards;
}
