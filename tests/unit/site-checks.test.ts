/**
 * The integrity checks the build runs on every built site before it replaces
 * dist/ (src/build/checks.ts), on small sites with one mistake each: the
 * build enforces them on the real site, so here they must be shown to catch
 * each mistake, and to pass what is right.
 */
import { createHash } from 'node:crypto';
import { link, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkSite } from '../../src/build/checks.ts';

const SITE = 'https://x.test';
const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/** A page that passes every check, unless `parts` change it. */
function page(route: string, parts: { lang?: string; head?: string; body?: string; canonical?: string | null; title?: string } = {}): string {
  const canonical = parts.canonical === null ? '' : `<link rel="canonical" href="${parts.canonical ?? `${SITE}${route}`}">`;
  return (
    `<!doctype html><html${parts.lang === undefined ? ' lang="en"' : parts.lang}><head><title>${parts.title ?? 'A page'}</title>${canonical}${parts.head ?? ''}</head>` +
    `<body>${parts.body ?? '<h1>A page</h1>'}</body></html>`
  );
}

/** A built site of the files given (path → text), checked. */
async function check(files: Record<string, string>): Promise<{ route: string; problem: string }[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'parallax-checks-'));
  made.push(dir);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return checkSite(dir, SITE);
}

describe('the integrity checks', () => {
  it('pass a site whose links, anchors and assets all resolve, in every form a link takes', async () => {
    expect(
      await check({
        'index.html': page('/', {
          head: '<link rel="icon" href="/favicon.svg"><script type="application/ld+json">{}</script>',
          body:
            '<h1>Home</h1><a href="/a/">a</a><a href="/a/#x">x</a><a href="a/#x">relative</a><a href="/a/#x:~:text=words">text fragment</a>' +
            '<a href="/404.html">404</a><a href="/data/list">no extension</a><a href="#top" id="top">self</a><a href="https://elsewhere.test/missing/">other site</a>' +
            '<a href="mailto:a@x.test">mail</a><a href="/pagefind/pagefind.js">index</a><img src="/img/a%20b.png" alt="">' +
            '<form action="/a/"></form>',
        }),
        'a/index.html': page('/a/', { body: '<h1>A</h1><p id="x">x</p>' }),
        '404.html': page('/404.html', { canonical: null, head: '<meta name="robots" content="noindex">' }),
        'data/list.html': page('/data/list.html'),
        'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
        'img/a b.png': '',
      }),
    ).toEqual([]);
  });

  it('catch a broken link, a missing anchor, two h1s and a missing lang', async () => {
    expect(
      await check({
        'index.html': page('/', { body: '<h1>Home</h1><a href="/a/#nope">a</a><a href="/missing/">m</a><img src="/gone.png" alt="">' }),
        'a/index.html': page('/a/', { lang: '', body: '<h1>A</h1><h1>B</h1><p id="x">x</p>' }),
      }),
    ).toEqual([
      { route: '/a/', problem: '<html> has no lang attribute' },
      { route: '/a/', problem: 'has 2 <h1> elements, expected exactly 1' },
      { route: '/', problem: 'links to /a/#nope, which has no element with that id' },
      { route: '/', problem: 'links to /missing/, which does not exist' },
      { route: '/', problem: 'links to /gone.png, which does not exist' },
    ]);
  });

  it('catch a page without a title, without an h1, and an id used twice', async () => {
    expect(
      await check({
        'index.html': page('/', { title: ' ', body: '<p id="x">x</p><p id="x">again</p>' }),
      }),
    ).toEqual([
      { route: '/', problem: 'has no <title>' },
      { route: '/', problem: 'has 0 <h1> elements, expected exactly 1' },
      { route: '/', problem: 'id "x" is used more than once' },
    ]);
  });

  it('catch a page without a canonical link (unless it is noindex) and one pointing elsewhere', async () => {
    expect(
      await check({
        'index.html': page('/', { canonical: null }),
        'a/index.html': page('/a/', { canonical: `${SITE}/b/` }),
        'b/index.html': page('/b/', { canonical: 'https://parallax.example/b/' }),
      }),
    ).toEqual([
      { route: '/a/', problem: `canonical is ${SITE}/b/, expected ${SITE}/a/` },
      { route: '/b/', problem: `canonical is https://parallax.example/b/, expected ${SITE}/b/` },
      { route: '/', problem: 'has no canonical link (or robots noindex)' },
    ]);
  });

  it('catch an inline handler, a javascript: URL and an inline script the policy does not name', async () => {
    const policy = `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-${createHash('sha256').update('ok()').digest('base64')}'">`;
    const problems = await check({
      'index.html': page('/', {
        head: policy,
        body:
          '<h1 onclick="x()">T</h1><a href="javascript:alert(1)">a</a><form action="JavaScript:void(0)"></form>' +
          '<script>ok()</script><script>evil()</script><script type="application/ld+json">{}</script>',
      }),
    });
    expect(problems.map((p) => p.problem)).toEqual([
      'has an inline script whose hash is not in its Content-Security-Policy: evil()',
      'has an inline event handler onclick on <h1>',
      'has a javascript: URL in href',
      'has a javascript: URL in action',
    ]);
  });

  it('read an unchanged page (hard-linked from the last build) from its record, and still check its links against the changed pages', async () => {
    const last = await mkdtemp(path.join(tmpdir(), 'parallax-checks-'));
    const next = await mkdtemp(path.join(tmpdir(), 'parallax-checks-'));
    made.push(last, next);
    const files = {
      'index.html': page('/', { body: '<h1>Home</h1><a href="/a/#x">x</a>' }),
      'a/index.html': page('/a/', { body: '<h1>A</h1><p id="x">x</p>' }),
    };
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(last, file)), { recursive: true });
      await writeFile(path.join(last, file), text);
    }
    expect(await checkSite(last, SITE)).toEqual([]);
    // The home page taken unchanged (a hard link), /a/ rendered again without the anchor the home page links to.
    await link(path.join(last, 'index.html'), path.join(next, 'index.html'));
    await mkdir(path.join(next, 'a'));
    await writeFile(path.join(next, 'a/index.html'), page('/a/', { body: '<h1>A</h1><p>x</p>' }));
    expect(await checkSite(next, SITE, last)).toEqual([{ route: '/', problem: expect.stringContaining('/a/#x') }]);
    // The record, not the page, gives an unchanged page's links: a record naming another link is what is checked.
    const record = JSON.parse(await readFile(path.join(last, '.parallax/checks.json'), 'utf8')) as Record<string, { ids: string[]; refs: string[] }>;
    expect(record['index.html']!.refs).toContain('/a/#x');
    record['index.html']!.refs = ['/b/'];
    await writeFile(path.join(last, '.parallax/checks.json'), JSON.stringify(record));
    await writeFile(path.join(next, 'a/index.html'), files['a/index.html']);
    expect(await checkSite(next, SITE, last)).toEqual([{ route: '/', problem: expect.stringContaining('/b/') }]);
  });
});
