/** The share card of every page that has its own, from the corpus: one place for their wording. */
import type { ShareCard } from '../lib/share-image.ts';
import { otherEventPhrase } from '../lib/event-words.ts';
import { plural } from '../lib/format.ts';
import { shareCard } from '../lib/paths.ts';
import { SITE_NAME } from '../lib/consts.ts';
import { loadCorpus, primaryArticle } from './content.ts';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Card path (under /og/, without .png) → card and its alt text. */
export async function shareCards(): Promise<Map<string, { card: ShareCard; alt: string }>> {
  const { outlets, mainEvent, articles } = await loadCorpus();
  const cards = new Map<string, { card: ShareCard; alt: string }>();
  const names = outlets.map((o) => o.name).join(', ');
  cards.set(shareCard.site, {
    card: {
      kicker: `${SITE_NAME} · coverage side by side`,
      title: mainEvent.title,
      text: `The full text of ${plural(articles.length, 'article')} from ${plural(outlets.length, 'outlet')}, compared sentence by sentence.`,
      footer: names,
    },
    alt: `${SITE_NAME}: ${mainEvent.title}. The full text of ${plural(articles.length, 'article')} from ${names}, compared.`,
  });
  cards.set(shareCard.compare, {
    card: {
      kicker: 'Side by side',
      title: `How ${plural(outlets.length, 'outlet')} covered it`,
      text: mainEvent.title,
      note: names,
      footer: 'Topics, statements, figures and word choice, paragraph by paragraph',
    },
    alt: `Comparison of how ${names} covered the ${mainEvent.title}.`,
  });
  for (const outlet of outlets) {
    const article = primaryArticle(outlet);
    const note = [
      article.headlineSupplied ? 'Headline supplied by Parallax' : '',
      article.otherEvent ? `Covers ${otherEventPhrase(article.event, mainEvent)}: ${article.event.title}` : '',
    ]
      .filter(Boolean)
      .join(' · ');
    cards.set(shareCard.outlet(outlet.id), {
      card: {
        kicker: `${capital(outlet.kind)} · ${outlet.country}`,
        title: outlet.name,
        text: article.headlineSupplied ? article.headline : `“${article.headline}”`,
        ...(note ? { note } : {}),
        footer: `${article.event.title} · full text, compared`,
      },
      alt: `${outlet.name} (${outlet.kind}, ${outlet.country}): ${article.headline}${article.headlineSupplied ? ' (headline supplied by Parallax)' : ''}. ${article.event.title}.`,
    });
  }
  return cards;
}
