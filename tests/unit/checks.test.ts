/** Each integrity check on small pages: it passes a good page and names what is wrong with a bad one. */
import { createHash } from 'node:crypto';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { canonicalIsSelf } from '../../src/build/checks/canonical.ts';
import { PAGE_CHECKS } from '../../src/build/checks/index.ts';
import { noInlineHandlers } from '../../src/build/checks/inline-handlers.ts';
import { inlineScriptsHashed } from '../../src/build/checks/inline-scripts.ts';
import { noJavascriptUrls } from '../../src/build/checks/javascript-urls.ts';
import { hasLang } from '../../src/build/checks/lang.ts';
import { brokenLinks, outgoingRefs } from '../../src/build/checks/links.ts';
import { oneH1 } from '../../src/build/checks/one-h1.ts';
import { hasTitle } from '../../src/build/checks/title.ts';
import type { PageCheck } from '../../src/build/checks/types.ts';
import { pageIds, uniqueIds } from '../../src/build/checks/unique-ids.ts';

const site = 'https://x.test';
const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const policy = (...scripts: string[]) => `<meta http-equiv="content-security-policy" content="script-src 'self' ${scripts.map(sha).join(' ')}">`;
const good = (body = '<h1>Home</h1>', head = '') =>
  `<!doctype html><html lang="en"><head><title>Home</title><link rel="canonical" href="${site}/a/">${head}</head><body>${body}</body></html>`;
const run = (check: PageCheck, html: string, route = '/a/') => check({ route, $: cheerio.load(html), site });

describe('every page check', () => {
  it('passes a well-formed page', () => {
    const html = good(
      '<h1 id="top">Home</h1><a href="/b/#x">b</a><script>ok()</script><script type="application/ld+json">{}</script>',
      policy('ok()'),
    );
    for (const check of PAGE_CHECKS) expect(run(check, html), check.name).toEqual([]);
  });
});

describe('the checks one by one', () => {
  it.each<[string, PageCheck, string, string[]]>([
    ['lang', hasLang, good().replace(' lang="en"', ''), ['<html> has no lang attribute']],
    ['lang, blank', hasLang, good().replace('lang="en"', 'lang=" "'), ['<html> has no lang attribute']],
    ['title', hasTitle, good().replace('<title>Home</title>', '<title> </title>'), ['has no <title>']],
    ['canonical, missing', canonicalIsSelf, good().replace(/<link rel="canonical"[^>]*>/, ''), ['has no canonical link (or robots noindex)']],
    ['canonical, elsewhere', canonicalIsSelf, good().replace(`${site}/a/`, `${site}/b/`), [`canonical is ${site}/b/, expected ${site}/a/`]],
    ['h1, none', oneH1, good('<h2>x</h2>'), ['has 0 <h1> elements, expected exactly 1']],
    ['h1, two', oneH1, good('<h1>a</h1><h1>b</h1>'), ['has 2 <h1> elements, expected exactly 1']],
    [
      'inline script',
      inlineScriptsHashed,
      good('<h1>x</h1><script>ok()</script><script>evil()</script>', policy('ok()')),
      ['has an inline script whose hash is not in its Content-Security-Policy: evil()'],
    ],
    [
      'inline handler',
      noInlineHandlers,
      good('<h1 onclick="x()">x</h1><img src="/i.png" alt="" onerror="y()">'),
      ['has an inline event handler onclick on <h1>', 'has an inline event handler onerror on <img>'],
    ],
    [
      'javascript: URL',
      noJavascriptUrls,
      good('<h1>x</h1><a href=" javascript:alert(1)">a</a><form action="JavaScript:void(0)"></form>'),
      ['has a javascript: URL in href', 'has a javascript: URL in action'],
    ],
    [
      'unique ids',
      uniqueIds,
      good('<h1 id="a">x</h1><p id="a">y</p><p id="b">z</p><p id="a">w</p>'),
      ['id "a" is used more than once', 'id "a" is used more than once'],
    ],
  ])('%s: names the problem', (_, check, html, problems) => {
    expect(run(check, html)).toEqual(problems);
  });

  it('accepts a page without a canonical link when it is noindex (the 404 page)', () => {
    expect(run(canonicalIsSelf, good().replace(/<link rel="canonical"[^>]*>/, '<meta name="robots" content="noindex">'))).toEqual([]);
  });

  it('lets /compare/, the newest edition’s stable address, name that edition’s page canonical, on this site only', () => {
    const at = (href: string) => good().replace(`${site}/a/`, href);
    expect(run(canonicalIsSelf, at(`${site}/events/e/`), '/compare/')).toEqual([]);
    expect(run(canonicalIsSelf, at('https://elsewhere.test/events/e/'), '/compare/')).toEqual([
      `canonical is https://elsewhere.test/events/e/, expected another page of ${site}`,
    ]);
    expect(run(canonicalIsSelf, at(`${site}/compare/`), '/compare/')).toEqual([`canonical is ${site}/compare/, expected another page of ${site}`]);
    // Any other page still names itself.
    expect(run(canonicalIsSelf, at(`${site}/events/e/`), '/a/')).toEqual([`canonical is ${site}/events/e/, expected ${site}/a/`]);
  });

  it('lets JSON data blocks through without a hash: they do not run', () => {
    expect(run(inlineScriptsHashed, good('<script type="application/json">{"a":1}</script>'))).toEqual([]);
  });
});

describe('the link check', () => {
  const ids = new Map([
    ['/', pageIds(cheerio.load('<p id="top">x</p>')).ids],
    ['/a/', pageIds(cheerio.load('<p id="x">x</p><p id="y">y</p>')).ids],
  ]);
  const files = new Set(['/data/comparison.json', '/_astro/site.js']);
  const exists = async (p: string) => files.has(p);

  it('collects every reference a page makes, once each', () => {
    const $ = cheerio.load(
      '<link rel="stylesheet" href="/s.css"><a href="/a/">a</a><a href="/a/">again</a><img src="/i.png" alt=""><script src="/_astro/site.js"></script><form action="/search/"></form>',
    );
    expect(outgoingRefs($)).toEqual(['/a/', '/s.css', '/i.png', '/_astro/site.js', '/search/']);
  });

  it('passes links to pages, anchors, files, other sites, text directives and Pagefind', async () => {
    const refs = [
      '/a/',
      '/a/#x',
      '#top',
      '/a/#y:~:text=word',
      '/a',
      '/data/comparison.json',
      'https://elsewhere.test/x',
      'mailto:a@b.test',
      '/pagefind/pagefind.js',
    ];
    expect(
      await brokenLinks(
        refs.map((ref) => ({ route: '/', ref })),
        ids,
        site,
        exists,
      ),
    ).toEqual([]);
  });

  it('names a link to a missing page or file and to a missing anchor', async () => {
    const refs = ['/missing/', '/a/#nope', '#gone', '/data/missing.csv'];
    expect(
      await brokenLinks(
        refs.map((ref) => ({ route: '/', ref })),
        ids,
        site,
        exists,
      ),
    ).toEqual([
      { route: '/', problem: 'links to /missing/, which does not exist' },
      { route: '/', problem: 'links to /a/#nope, which has no element with that id' },
      { route: '/', problem: 'links to /#gone, which has no element with that id' },
      { route: '/', problem: 'links to /data/missing.csv, which does not exist' },
    ]);
  });
});
