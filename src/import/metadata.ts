/**
 * The frontmatter a saved page states about its article: headline, byline,
 * dates, address and language, each with where it was read. Only what the
 * page says is taken; a field it does not state is left out with a note, and
 * nothing is inferred from the text.
 */
import { decodeHTML } from 'entities';
import { isRealDate } from '../schemas/fields.ts';

/** A value and where on the page it was read. */
export interface Found {
  value: string;
  source: string;
}

export interface PageMetadata {
  headline?: Found;
  /** The page's description of the article: printed above it, it is the standfirst. */
  description?: Found;
  byline?: Found;
  published?: Found;
  updated?: Found;
  url?: Found;
  language?: Found;
  /** Whether the page says it is an article (JSON-LD of an article type, or og:type article). */
  declaresArticle: boolean;
  /** og:site_name, for an outlet stub. */
  siteName?: Found;
  /** One line per field the page does not state (or states unreadably), saying what was done. */
  notes: string[];
  /** Things the editor should look at: an h1 that differs from the headline taken, an unreadable JSON-LD block. */
  warnings: string[];
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Node = { [key: string]: Json };

const isNode = (value: Json | undefined): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: Json | undefined): Json[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

/** Text as a reader sees it: entities that some sites leave in JSON-LD decoded, whitespace runs as one space. */
function clean(text: string): string {
  return decodeHTML(text)
    .replace(/[ \t\r\n\f]+/g, ' ')
    .trim();
}

const types = (node: Node) => asList(node['@type']).filter((t): t is string => typeof t === 'string');
const ARTICLE_TYPE = /(Article|BlogPosting|Report)$/;

/** Every JSON-LD object on the page (through arrays, @graph and nested values), and those with an @id by id. */
function readJsonLd(document: Document, warnings: string[]): { nodes: Node[]; byId: Map<string, Node> } {
  const nodes: Node[] = [];
  const byId = new Map<string, Node>();
  const walk = (value: Json) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!isNode(value)) return;
    if (types(value).length > 0) nodes.push(value);
    const id = value['@id'];
    // A bare {"@id": …} is a reference, not the definition.
    if (typeof id === 'string' && Object.keys(value).length > 1 && !byId.has(id)) byId.set(id, value);
    for (const [key, child] of Object.entries(value)) if (key !== '@context') walk(child);
  };
  document.querySelectorAll('script[type="application/ld+json" i]').forEach((script, i) => {
    const text = (script.textContent ?? '')
      .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[)/, '')
      .replace(/(-->|\/\/\s*\]\]>)\s*$/, '')
      .trim();
    if (!text) return;
    try {
      walk(JSON.parse(text) as Json);
    } catch {
      warnings.push(`JSON-LD block ${i + 1} is not valid JSON: its fields were not read`);
    }
  });
  return { nodes, byId };
}

/** A node's field, following an {"@id"} reference to the node it names. */
function resolve(value: Json | undefined, byId: Map<string, Node>): Json | undefined {
  if (isNode(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) return byId.get(value['@id']) ?? value;
  return value;
}

/** The name of a person or organisation given as text or as a node. */
function nameOf(value: Json | undefined, byId: Map<string, Node>): string | undefined {
  const resolved = resolve(value, byId);
  if (typeof resolved === 'string') return clean(resolved) || undefined;
  if (isNode(resolved) && typeof resolved['name'] === 'string') return clean(resolved['name']) || undefined;
  return undefined;
}

const text = (value: Json | undefined) => (typeof value === 'string' && clean(value) ? clean(value) : undefined);

function meta(document: Document, ...keys: string[]): { value: string; key: string } | undefined {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}" i], meta[name="${key}" i]`);
    const value = element?.getAttribute('content');
    if (value && clean(value)) return { value: clean(value), key };
  }
  return undefined;
}

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * A stated date in the forms the article schema takes: the day, or the date
 * and time with its offset (+0530 is written +05:30). A time without an
 * offset names no instant, so only its day, as printed, is kept.
 */
export function normaliseDate(stated: string): { value: string; note?: string } | undefined {
  const m = ISO.exec(stated.trim());
  if (!m || !isRealDate(m[1]!)) return undefined;
  const [, day, time, offset] = m;
  if (!time) return { value: day! };
  if (!offset) return { value: day!, note: `it gives ${time} without a UTC offset, so only the day is kept` };
  const zone = offset.toUpperCase() === 'Z' ? 'Z' : offset.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  return { value: `${day}T${time}${zone}` };
}

function firstDate(candidates: { value: string | undefined; source: string }[], field: string, notes: string[]): Found | undefined {
  for (const { value, source } of candidates) {
    if (!value) continue;
    const date = normaliseDate(value);
    if (!date) {
      notes.push(`${field}: ${source} says "${value}", which is not a date this importer reads; left out: write it as YYYY-MM-DD`);
      continue;
    }
    return { value: date.value, source: date.note ? `${source} (${date.note})` : source };
  }
  return undefined;
}

/** An absolute http(s) address, or undefined. */
function webAddress(href: string | null | undefined, base?: string): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Elements whose `<time>` or `<h1>` belongs to other stories or the site, not to the article. */
const ELSEWHERE = 'aside, nav, footer, li, [role="complementary"], [role="navigation"], [role="contentinfo"]';
const inArticle = (document: Document, selector: string): Element | undefined =>
  [...document.querySelectorAll(`article ${selector}, main ${selector}, [role="main"] ${selector}`)].find((e) => !e.closest(ELSEWHERE));

/** Reads the page's own metadata. `document` is the saved page, unchanged. */
export function readMetadata(document: Document): PageMetadata {
  const notes: string[] = [];
  const warnings: string[] = [];
  const { nodes, byId } = readJsonLd(document, warnings);
  const canonicalHref = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  const ogUrl = meta(document, 'og:url');
  const url = webAddress(canonicalHref, webAddress(ogUrl?.value))
    ? { value: webAddress(canonicalHref, webAddress(ogUrl?.value))!, source: 'the canonical link' }
    : webAddress(ogUrl?.value)
      ? { value: webAddress(ogUrl?.value)!, source: 'og:url' }
      : undefined;
  if (!url) notes.push("url: the page has no canonical link or og:url: left out; write the article's address, as the browser showed it");

  // The article's node: the one whose address is the page's, else the first article-like node.
  const articles = nodes.filter((n) => types(n).some((t) => ARTICLE_TYPE.test(t)));
  const ownAddress = (n: Node) =>
    [n['url'], n['@id'], resolve(n['mainEntityOfPage'], byId)].some((v) => {
      const href = typeof v === 'string' ? v : isNode(v) ? (v['@id'] ?? v['url']) : undefined;
      return typeof href === 'string' && url !== undefined && webAddress(href, url.value)?.replace(/#.*$/, '') === url.value.replace(/#.*$/, '');
    });
  const article = articles.find(ownAddress) ?? articles.find((n) => text(n['headline'])) ?? articles[0];
  const ld = (type: string) => `JSON-LD ${type}`;
  const kind = article ? (types(article).find((t) => ARTICLE_TYPE.test(t)) ?? 'Article') : 'Article';

  const siteName = meta(document, 'og:site_name');
  const publisher = article ? nameOf(article['publisher'], byId) : undefined;

  // Headline.
  let headline: Found | undefined;
  const ldHeadline = article ? text(article['headline']) : undefined;
  const ogTitle = meta(document, 'og:title');
  const h1 = inArticle(document, 'h1') ?? (document.querySelectorAll('h1').length === 1 ? document.querySelector('h1')! : undefined);
  const h1Text = h1 ? clean(h1.textContent ?? '') : '';
  // Metadata often types quotes and dashes straight ("'a new height'"); the h1 prints them as the outlet does.
  const typeless = (s: string) =>
    s
      .replace(/[‘’‚‛′]/g, "'")
      .replace(/[“”„‟″«»]/g, '"')
      .replace(/[‐‑‒–—―−]/g, '-')
      .replace(/\s+/g, ' ');
  const printed = (value: string) => h1Text !== '' && h1Text !== value && typeless(h1Text) === typeless(value);
  if (ldHeadline && printed(ldHeadline)) {
    headline = { value: h1Text, source: `${ld(kind)} headline, with the quote marks and dashes the article's h1 prints` };
  } else if (ldHeadline) headline = { value: ldHeadline, source: `${ld(kind)} headline` };
  else if (ogTitle) {
    // A title ending in the site's own name ("… | Example Times") carries it as a suffix, not as part of the headline.
    const suffix = siteName ? new RegExp(`\\s+[|\\-–—·:]\\s+${siteName.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) : undefined;
    const value = suffix ? ogTitle.value.replace(suffix, '') : ogTitle.value;
    headline = { value, source: value === ogTitle.value ? 'og:title' : `og:title, without the site name after it` };
  } else if (h1Text) headline = { value: h1Text, source: "the article's h1" };
  else
    notes.push(
      'headline: the page states none (no JSON-LD headline, og:title or h1): left out; write the headline as printed, or a neutral one with headlineSupplied: true',
    );
  if (headline && h1Text && h1Text !== headline.value)
    warnings.push(`the page's h1 reads "${h1Text}", not the headline taken from ${headline.source}: keep the one printed above the article`);

  const ldDescription = article ? text(article['description']) : undefined;
  const ogDescription = meta(document, 'og:description', 'description');
  const description = ldDescription
    ? { value: ldDescription, source: `${ld(kind)} description` }
    : ogDescription
      ? { value: ogDescription.value, source: ogDescription.key === 'description' ? 'meta description' : 'og:description' }
      : undefined;

  // Byline: named authors, not the outlet naming itself.
  let byline: Found | undefined;
  const outletNames = new Set([publisher, siteName?.value].filter(Boolean).map((n) => n!.toLowerCase()));
  const authors = article
    ? asList(article['author'])
        .map((a) => nameOf(a, byId))
        .filter((n): n is string => Boolean(n))
    : [];
  const metaAuthor = meta(document, 'author');
  const people = authors.filter((a) => !outletNames.has(a.toLowerCase()));
  if (people.length > 0) {
    byline = { value: people.join(', '), source: `${ld(kind)} author${people.length > 1 ? ` (${people.length} names, joined with commas)` : ''}` };
  } else if (metaAuthor && !outletNames.has(metaAuthor.value.toLowerCase())) {
    byline = { value: metaAuthor.value, source: 'meta author' };
  } else {
    const named = authors[0] ?? metaAuthor?.value;
    notes.push(
      named
        ? `byline: the only author the page names is the outlet itself (${named}): left out`
        : 'byline: the page names no author (no JSON-LD author or meta author): left out',
    );
  }

  // Dates.
  const time = inArticle(document, 'time[datetime]');
  const published = firstDate(
    [
      { value: article ? text(article['datePublished']) : undefined, source: `${ld(kind)} datePublished` },
      { value: meta(document, 'article:published_time')?.value, source: 'article:published_time' },
      { value: time?.getAttribute('datetime') ?? undefined, source: 'the <time> in the article' },
    ],
    'published',
    notes,
  );
  if (!published) notes.push('published: the page states no date: written as undated');
  const updated = firstDate(
    [
      { value: article ? text(article['dateModified']) : undefined, source: `${ld(kind)} dateModified` },
      { value: meta(document, 'article:modified_time')?.value, source: 'article:modified_time' },
    ],
    'updated',
    notes,
  );
  if (!updated) notes.push('updated: the page states no update: left out');

  // Language.
  let language: Found | undefined;
  const lang = document.documentElement.getAttribute('lang')?.trim();
  if (lang) {
    const tag = lang.replace(/_/g, '-').replace(/^[A-Za-z]+/, (primary) => primary.toLowerCase());
    if (LANGUAGE.test(tag)) language = { value: tag, source: tag === lang ? '<html lang>' : `<html lang="${lang}">` };
    else notes.push(`language: <html lang="${lang}"> is not a language tag: left out (the build then takes en); write the article's language`);
  } else notes.push("language: the page's <html> has no lang: left out (the build then takes en); write the article's language if it is not English");

  return {
    ...(headline && { headline }),
    ...(description && { description }),
    ...(byline && { byline }),
    ...(published && { published }),
    ...(updated && { updated }),
    ...(url && { url }),
    ...(language && { language }),
    ...(siteName && { siteName: { value: siteName.value, source: 'og:site_name' } }),
    declaresArticle: articles.length > 0 || meta(document, 'og:type')?.value.toLowerCase() === 'article',
    notes,
    warnings,
  };
}
