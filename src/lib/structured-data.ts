/**
 * schema.org descriptions of the pages, as JSON-LD: an outlet page is a
 * NewsArticle based on the original (publisher: the outlet); the comparison
 * is a Dataset with its JSON and CSV downloads. Typed with schema-dts.
 */
import type { Dataset, NewsArticle } from 'schema-dts';
import { SITE_NAME } from './consts.ts';
import { csvFile, JSON_FILE, TABLES } from './export.ts';
import { dataPath } from './paths.ts';

export interface ArticleFacts {
  headline: string;
  headlineSupplied: boolean;
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

/** The copy on /outlets/<id>/, described as a NewsArticle based on the original. */
export function newsArticle(facts: ArticleFacts, page: string, image: string): NewsArticle {
  return {
    '@type': 'NewsArticle',
    headline: facts.headline,
    ...(facts.headlineSupplied ? { alternativeHeadline: 'Headline supplied by Parallax; the captured page had none' } : {}),
    url: page,
    mainEntityOfPage: page,
    isBasedOn: facts.url,
    publisher: { '@type': 'Organization', name: facts.outletName, url: facts.outletHomepage },
    ...(facts.byline ? { author: { '@type': 'Organization', name: facts.byline } } : {}),
    ...(facts.published ? { datePublished: facts.published } : {}),
    ...(facts.updated ? { dateModified: facts.updated } : {}),
    inLanguage: facts.language,
    image,
    description: facts.description,
    isAccessibleForFree: true,
    about: { '@type': 'Event', name: facts.eventTitle, startDate: facts.eventDate },
  };
}

export interface DatasetFacts {
  eventTitle: string;
  eventDate: string;
  outlets: string[];
  basedOn: string[];
  description: string;
}

/** /compare/ as a Dataset, with its downloads. */
export function comparisonDataset(facts: DatasetFacts, page: string, site: string): Dataset {
  const download = (file: string, format: string) => ({
    '@type': 'DataDownload' as const,
    contentUrl: new URL(dataPath(file), site).href,
    encodingFormat: format,
  });
  return {
    '@type': 'Dataset',
    name: `How ${facts.outlets.length} outlets covered the ${facts.eventTitle}`,
    description: facts.description,
    url: page,
    creator: { '@type': 'Organization', name: SITE_NAME, url: site },
    temporalCoverage: facts.eventDate,
    keywords: ['news coverage', 'media framing', 'comparison', ...facts.outlets],
    isBasedOn: facts.basedOn,
    isAccessibleForFree: true,
    variableMeasured: ['topic coverage', 'statements reported', 'figures', 'word choice', 'sources cited', 'shared wording'],
    distribution: [download(JSON_FILE, 'application/json'), ...TABLES.map((t) => download(csvFile(t.id), 'text/csv'))],
  };
}
