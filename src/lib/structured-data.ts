/**
 * schema.org descriptions of the pages, as JSON-LD, typed with schema-dts and shaped by Google's guidance for
 * NewsArticle (Article) and Dataset:
 * - an outlet page is a NewsArticle: Parallax's copy of the outlet's article. Its publisher is Parallax, who
 *   publishes this copy (with Parallax's logo: the outlets' logos are not ours to use); the original, with the
 *   outlet as its publisher, is `isBasedOn`, and the outlet is the copy's `sourceOrganization` and copyright holder.
 *   Its authors are the people the byline names (Person), or a desk or agency byline (Organization), or, with no
 *   byline, the outlet itself, with `creditText` saying the article carried none;
 * - /compare/ is a Dataset with its licence and its JSON and CSV downloads;
 * - / is the WebSite, with the search box as a SearchAction; every other page is a WebPage of it.
 */
import type { Dataset, NewsArticle, Organization, Person, SearchAction, WebPage, WebSite } from 'schema-dts';
import { SITE_NAME } from './consts.ts';
import { csvFile, JSON_FILE, TABLES } from './export.ts';
import { dataPath } from './paths.ts';

/** The comparison's own data (counts, labels, links) is offered under this licence; quoted text stays the outlets'. */
const DATA_LICENSE = 'https://creativecommons.org/licenses/by/4.0/';
/** Parallax's logo for publishers' `logo`: the 512 px icon drawn from the favicon. */
const LOGO = { path: '/icons/512.png', width: 512, height: 512 } as const;

/** Parallax as an Organization, with its logo. */
function parallax(site: string): Organization {
  return {
    '@type': 'Organization',
    name: SITE_NAME,
    url: new URL('/', site).href,
    logo: { '@type': 'ImageObject', url: new URL(LOGO.path, site).href, width: `${LOGO.width}`, height: `${LOGO.height}` },
  };
}

// Words that make a byline a desk, a service or a wire rather than a person: "Devdiscourse News Desk", "Reuters Staff".
const NOT_A_PERSON =
  /\b(desk|staff|news|newsroom|agency|agencies|bureau|team|editorial|editors?|reporters|correspondents|service|wire|press|media|online|digital|network|unit)\b/i;

/**
 * The authors a printed byline names: each person as a Person, a desk or agency as an Organization.
 * "By A and B", "A, B & C" give one author each; a byline that names the outlet, or a desk, is one Organization.
 */
export function bylineAuthors(byline: string, outletName: string): (Person | Organization)[] {
  const text = byline
    .trim()
    .replace(/^by\s+/i, '')
    .replace(/[.,;]+$/, '');
  if (!text) return [];
  if (NOT_A_PERSON.test(text) || text.toLowerCase().includes(outletName.toLowerCase())) {
    return [{ '@type': 'Organization', name: text }];
  }
  return text
    .split(/\s*(?:,|&|\band\b)\s*/i)
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => ({ '@type': 'Person', name }));
}

export interface ArticleFacts {
  headline: string;
  url: string;
  outletName: string;
  outletHomepage: string;
  byline?: string | undefined;
  published: string | null;
  updated?: string | undefined;
  language: string;
  eventTitle: string;
  eventDate: string;
  description: string;
}

/** The copy on /outlets/<id>/ (or /outlets/<id>/<article>/), described as a NewsArticle based on the original. */
export function newsArticle(facts: ArticleFacts, page: string, image: string, site: string): NewsArticle {
  const outlet: Organization = { '@type': 'Organization', name: facts.outletName, url: facts.outletHomepage };
  const authors = facts.byline ? bylineAuthors(facts.byline, facts.outletName) : [];
  const dates = {
    ...(facts.published ? { datePublished: facts.published } : {}),
    ...(facts.updated && facts.updated !== facts.published ? { dateModified: facts.updated } : {}),
  };
  return {
    '@type': 'NewsArticle',
    headline: facts.headline,
    url: page,
    mainEntityOfPage: page,
    author: authors.length > 0 ? authors : [outlet],
    creditText: facts.byline ? facts.byline : `${facts.outletName}; the article carried no byline`,
    publisher: parallax(site),
    sourceOrganization: outlet,
    copyrightHolder: outlet,
    isBasedOn: { '@type': 'NewsArticle', url: facts.url, headline: facts.headline, publisher: outlet, ...dates },
    ...dates,
    inLanguage: facts.language,
    image,
    description: facts.description,
    isAccessibleForFree: true,
    about: { '@type': 'Event', name: facts.eventTitle, startDate: facts.eventDate },
  };
}

export interface DatasetFacts {
  /** The edition in one phrase, its counts said for what they are: "How 3 outlets covered the Lakeshore summit, 14 May 2030" (see howCovered). */
  name: string;
  eventDate: string;
  outlets: string[];
  basedOn: string[];
  description: string;
  /** The latest date among the articles compared: when the data last changed. */
  modified?: string | undefined;
  /** Where the data files are: /data/<file> (the newest edition's) by default, /data/events/<event>/<file> for an edition's own. */
  dataAt?: ((file: string) => string) | undefined;
}

/** An edition's comparison (/compare/, /events/<event>/) as a Dataset, with its licence and downloads. */
export function comparisonDataset(facts: DatasetFacts, page: string, site: string): Dataset {
  const download = (file: string, format: string) => ({
    '@type': 'DataDownload' as const,
    contentUrl: new URL((facts.dataAt ?? dataPath)(file), site).href,
    encodingFormat: format,
  });
  return {
    '@type': 'Dataset',
    name: facts.name,
    description: facts.description,
    url: page,
    creator: parallax(site),
    license: DATA_LICENSE,
    creditText: 'Parallax. Quoted article text remains the outlets’ own.',
    temporalCoverage: facts.eventDate,
    ...(facts.modified ? { dateModified: facts.modified } : {}),
    keywords: ['news coverage', 'media framing', 'comparison', ...facts.outlets],
    isBasedOn: facts.basedOn,
    isAccessibleForFree: true,
    variableMeasured: ['topic coverage', 'statements reported', 'figures', 'word choice', 'sources cited', 'shared wording'],
    distribution: [download(JSON_FILE, 'application/json'), ...TABLES.map((t) => download(csvFile(t.id), 'text/csv'))],
  };
}

/** The site on /: its name, description and search, as Google's sitelinks search box reads it. */
export function webSite(site: string, description: string, modified?: string): WebSite {
  const search = new URL('/search/', site);
  // Google reads the search box from 'query-input', which schema.org spells as a property of the action's input.
  const searchAction: SearchAction & { 'query-input': string } = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${search.href}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@type': 'WebSite',
    name: SITE_NAME,
    url: new URL('/', site).href,
    description,
    inLanguage: 'en',
    publisher: parallax(site),
    ...(modified ? { dateModified: modified } : {}),
    potentialAction: searchAction,
  };
}

/** Any other page: a WebPage (or search results page) of the site. */
export function webPage(site: string, name: string, description: string, page?: string, type: 'WebPage' | 'SearchResultsPage' = 'WebPage'): WebPage {
  return {
    '@type': type,
    name,
    description,
    ...(page ? { url: page } : {}),
    isPartOf: { '@type': 'WebSite', name: 'Parallax', url: new URL('/', site).href },
  };
}
