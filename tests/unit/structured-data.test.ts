/** The schema.org helpers: who a byline names, and how an article without one is credited. */
import { describe, expect, it } from 'vitest';
import { bylineAuthors, newsArticle, type ArticleFacts } from '../../src/lib/structured-data.ts';

describe('bylineAuthors', () => {
  it('names a person as a Person', () => {
    expect(bylineAuthors('Kateryna Hodunova', 'The Kyiv Independent')).toEqual([{ '@type': 'Person', name: 'Kateryna Hodunova' }]);
    expect(bylineAuthors('MD. Rana', "Russia's Pivot to Asia")).toEqual([{ '@type': 'Person', name: 'MD. Rana' }]);
  });
  it('names each of several people, without "By"', () => {
    expect(bylineAuthors('By Anna Smith and Li Wei', 'X')).toEqual([
      { '@type': 'Person', name: 'Anna Smith' },
      { '@type': 'Person', name: 'Li Wei' },
    ]);
    expect(bylineAuthors('A. Jones, B. Brown & C. Green', 'X').map((a) => (a as { name: string }).name)).toEqual([
      'A. Jones',
      'B. Brown',
      'C. Green',
    ]);
  });
  it('names a desk, a staff byline or the outlet itself as one Organization', () => {
    expect(bylineAuthors('Devdiscourse News Desk', 'Devdiscourse')).toEqual([{ '@type': 'Organization', name: 'Devdiscourse News Desk' }]);
    expect(bylineAuthors('Reuters Staff', 'Reuters')).toEqual([{ '@type': 'Organization', name: 'Reuters Staff' }]);
    expect(bylineAuthors('TASS', 'TASS')).toEqual([{ '@type': 'Organization', name: 'TASS' }]);
  });
});

describe('newsArticle', () => {
  const facts: ArticleFacts = {
    headline: 'Putin and Xi hold video conference',
    url: 'https://www.rt.com/news/1/',
    outletName: 'RT',
    outletHomepage: 'https://www.rt.com/',
    published: '2026-02-04',
    language: 'en',
    eventTitle: 'Call',
    eventDate: '2026-02-04',
    description: 'Text.',
  };
  // JSON-LD as plain data, read property by property below.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Json = Record<string, any>;
  const article = newsArticle(facts, 'https://p.example/outlets/rt/', 'https://p.example/og/outlets/rt.png', 'https://p.example/') as Json;

  it('credits an article without a byline to its outlet and says so', () => {
    expect(article['author']).toEqual([{ '@type': 'Organization', name: 'RT', url: 'https://www.rt.com/' }]);
    expect(article['creditText']).toBe('RT; the article carried no byline');
  });
  it('has Parallax, with its logo, as publisher of the copy, and the outlet as publisher of the original', () => {
    expect(article['publisher']).toMatchObject({ name: 'Parallax', url: 'https://p.example/', logo: { url: 'https://p.example/icons/512.png' } });
    expect(article['isBasedOn']).toMatchObject({ url: 'https://www.rt.com/news/1/', publisher: { name: 'RT' } });
    expect(article['alternativeHeadline']).toBeUndefined();
  });
});
