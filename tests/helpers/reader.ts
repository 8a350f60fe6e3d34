/**
 * Checks every reader page of a built site against the outlet pages it
 * reads from: each sentence of both articles stands exactly once, each row
 * has a unique id built from its sentence's paragraph, and every link on it
 * (to a paragraph, to a row) lands on an element that exists. Used by the
 * build tests of dist/ and of the fixture builds.
 */
import type { Page } from '../../src/build/checks.ts';
import { SENTENCE_BLOCKS, splitSentences } from '../../src/lib/align/sentences.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The reader pages: /events/<event>/read/<a>/<b>/. */
export const readerPages = (pages: Page[]): Page[] => pages.filter((p) => /^\/events\/[^/]+\/read\/[^/]+\/[^/]+\/$/.test(p.route));

/** A sentence as the reader shows it: without the screen-reader name and the paragraph link. */
export function sentenceText(p: Page, el: Parameters<Page['$']>[0]): string {
  const clone = p.$(el).clone();
  clone.find('.visually-hidden, a.p').remove();
  return squash(clone.text());
}

/** The sentences of an article page, in order, each whitespace-squashed. */
function articleSentences(p: Page): string[] {
  return p
    .$('p#standfirst, .article-body [data-block]')
    .filter((_, el) => el.attribs['id'] === 'standfirst' || SENTENCE_BLOCKS.has(el.attribs['data-block'] ?? ''))
    .map((_, el) => {
      const clone = p.$(el).clone();
      clone.find('.block-link').remove();
      return splitSentences(clone.text()).map((s) => squash(s.text));
    })
    .get() as string[];
}

/** Every problem with the site's reader pages, one line each (none: they are right). */
export function readerProblems(pages: Page[]): string[] {
  const byRoute = new Map(pages.map((p) => [p.route, p]));
  const problems: string[] = [];
  const resolves = (from: string, href: string) => {
    const url = new URL(href, `http://site${from}`);
    const target = byRoute.get(url.pathname);
    const id = decodeURIComponent(url.hash.slice(1));
    if (!target) return `${href}: no page`;
    if (id && target.$(`[id="${id}"]`).length !== 1) return `${href}: no element #${id}`;
    return null;
  };
  for (const p of readerPages(pages)) {
    const where = p.route;
    const { $ } = p;
    if (!$('head > title').text().trim() || !$('meta[name="description"]').attr('content')) problems.push(`${where}: no title or description`);
    if ($('meta[property="og:url"]').attr('content') !== $('link[rel="canonical"]').attr('href')) problems.push(`${where}: og:url is not canonical`);
    const ids = $('.reader .row')
      .map((_, r) => $(r).attr('id'))
      .get();
    if (new Set(ids).size !== ids.length || ids.length === 0) problems.push(`${where}: row ids missing or repeated`);
    $('.reader .row').each((_, r) => {
      const id = $(r).attr('id')!;
      if ($(r).children('a.n').attr('href') !== `#${id}`) problems.push(`${where}: #${id} does not link to itself`);
      const first = new URL($(r).find('a.p').first().attr('href')!, 'http://site');
      const article = first.pathname.split('/').filter(Boolean).slice(1).at(-1)!;
      if (!id.startsWith(`r-`) || !id.includes(`-${first.hash.slice(1)}-`))
        problems.push(`${where}: #${id} is not built from its paragraph ${first.hash} (${article})`);
    });
    $('.reader a[href]').each((_, a) => {
      const problem = resolves(where, $(a).attr('href')!);
      if (problem) problems.push(`${where}: ${problem}`);
    });
    for (const side of ['a', 'b'] as const) {
      const href = $(`a[data-article="${side}"]`).attr('href');
      const article = href ? byRoute.get(href) : undefined;
      if (!article) {
        problems.push(`${where}: no article page for side ${side}`);
        continue;
      }
      const shown = $(`.reader .c.${side} .s`)
        .map((_, el) => sentenceText(p, el))
        .get() as string[];
      const expected = articleSentences(article);
      if ([...shown].sort().join('\n') !== [...expected].sort().join('\n')) {
        const missing = expected.filter((s) => !shown.includes(s));
        const extra = shown.filter((s) => !expected.includes(s));
        problems.push(
          `${where}: side ${side} shows ${shown.length} sentences, ${href} has ${expected.length}; missing ${JSON.stringify(missing.slice(0, 2))}, extra ${JSON.stringify(extra.slice(0, 2))}`,
        );
      }
    }
  }
  return problems;
}
