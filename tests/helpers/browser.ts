/**
 * Debian's Chromium driven by playwright-core, against a built site served on
 * 127.0.0.1, and axe: the one place the browser tests launch Chromium and run axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../src/build/chromium.ts';
import { inject } from 'vitest';
import { serve, type Served } from '../../src/build/serve.ts';
import { dist } from './site.ts';

const executablePath = CHROMIUM_PATH;
const args = CHROMIUM_FLAGS;

export interface Session {
  browser: Browser;
  site: Served;
  /** A fresh page in a fresh context (1280 × 900 unless told), closed by `closePages()` or `close()`. */
  page: (options?: BrowserContextOptions) => Promise<Page>;
  /** `page()`, then go to a path of the site. */
  open: (path: string, options?: BrowserContextOptions) => Promise<Page>;
  /** Closes every page opened so far (call it after each test). */
  closePages: () => Promise<void>;
  close: () => Promise<void>;
}

/** Debian's Chromium (or CHROMIUM_PATH), headless, with no network calls of its own. */
function launchChromium(): Promise<Browser> {
  if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: run "apt-get install -y chromium" or set CHROMIUM_PATH`);
  return chromium.launch({ executablePath, args, headless: true });
}

/**
 * One Chromium for every session of a test file (a file that serves two sites starts it once): each session's pages
 * live in contexts of their own, and the browser closes with the last session.
 */
let shared: { browser: Promise<Browser>; sessions: number } | undefined;
function sharedChromium(): {
  browser: Promise<Browser>;
  release: () => Promise<void>;
} {
  const held = (shared ??= { browser: launchChromium(), sessions: 0 });
  held.sessions++;
  let released = false;
  return {
    browser: held.browser,
    release: async () => {
      if (released) return;
      released = true;
      if (--held.sessions > 0) return;
      if (shared === held) shared = undefined;
      await (await held.browser).close();
    },
  };
}

/** The WCAG 2.2 A and AA rules and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The folder each session serves, by the server's address: the site a page shows. */
const servedFolders = new Map<string, string>();

/**
 * Everything axe's answer depends on: which site and page, the markup as it is now, and how it is shown (window and
 * screen size, colour scheme and other media features, scroll position, focus, hover, fonts). Two pages alike in all
 * of it get the same answer from axe.
 */
async function axeKey(page: Page): Promise<string> {
  const url = new URL(page.url());
  const shown = await page.evaluate(() => {
    const all = [...document.querySelectorAll('*')];
    const focused = document.activeElement;
    return {
      html: document.documentElement.outerHTML,
      size: [innerWidth, innerHeight, devicePixelRatio, screen.width, screen.height, navigator.maxTouchPoints],
      media: [
        '(prefers-color-scheme: dark)',
        'print',
        '(pointer: coarse)',
        '(hover: hover)',
        '(prefers-reduced-motion: reduce)',
        '(prefers-contrast: more)',
        '(forced-colors: active)',
      ].map((query) => matchMedia(query).matches),
      scroll: [scrollX, scrollY],
      focus: focused ? [all.indexOf(focused), focused.matches(':focus-visible')] : null,
      hover: [...document.querySelectorAll(':hover')].map((el) => all.indexOf(el)),
      fonts: document.fonts.status,
    };
  });
  const site = servedFolders.get(url.origin) ?? url.origin;
  const input = JSON.stringify({
    site,
    path: `${url.pathname}${url.search}${url.hash}`,
    ...shown,
  });
  return createHash('sha256').update(input).digest('hex');
}

/**
 * axe's violations on the page as it is now, one "rule: elements" line each (none is a pass). axe runs once for a
 * page shown alike (axeKey) in a test run: a test file that checks a page another file has checked in the same
 * state (smoke.test.ts checks every page in light and dark at two widths) reads that run's answer, kept in the run's
 * scratch folder.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const dir = inject('fixturesDir') as string | undefined;
  const file = dir ? path.join(dir, 'axe', `${await axeKey(page)}.json`) : undefined;
  if (file) {
    const kept = await readFile(file, 'utf8').catch(() => undefined);
    if (kept !== undefined) return JSON.parse(kept) as string[];
  }
  // Only violations are read: axe then skips gathering the passed and inapplicable nodes (its advice for large pages;
  // /compare/ took 4.3 s instead of 5.7 to 7.8 on this machine). Every violation and its nodes is still reported.
  // Legacy mode runs axe.run() in the page itself instead of finishing the run in a new blank page, which is for
  // cross-origin frames; the site has no frames, and it is 2 to 2.5 times as fast here (/compare/ 2.1-2.5 s against
  // 4.4-5.1, the 404 page 0.6-0.7 s against 1.2-2.0). A page with a frame fails here instead of going half-checked.
  if (page.frames().length > 1) {
    throw new Error(`${page.url()} has ${page.frames().length - 1} frame(s): axe's legacy mode does not check them; drop setLegacyMode.`);
  }
  const result = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  if (file) {
    await mkdir(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}`;
    await writeFile(partial, JSON.stringify(violations));
    await rename(partial, file);
  }
  return violations;
}

/**
 * axe's violations on the page in light and then in dark, by switching the colour scheme in place (it restyles the
 * page as a load in that scheme would): one load per width instead of one per case. Leaves the page in dark.
 */
export async function axeViolationsLightAndDark(page: Page): Promise<{ light: string[]; dark: string[] }> {
  const seen = { light: [] as string[], dark: [] as string[] };
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    if ((await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)) !== (colorScheme === 'dark')) {
      throw new Error(`${page.url()}: the page did not switch to ${colorScheme}`);
    }
    seen[colorScheme] = await axeViolations(page);
  }
  return seen;
}

/** Chromium and a server for a built site: dist/ unless another folder is given. */
export async function startSession(folder = dist): Promise<Session> {
  const held = sharedChromium();
  const [browser, site] = await Promise.all([held.browser, serve(folder, 0)]);
  servedFolders.set(new URL(site.url).origin, path.resolve(folder));
  const contexts: { close: () => Promise<void> }[] = [];
  const page = async (options: BrowserContextOptions = {}) => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      ...options,
    });
    contexts.push(context);
    return context.newPage();
  };
  const closePages = async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  };
  return {
    browser,
    site,
    page,
    open: async (path, options = {}) => {
      const p = await page(options);
      await p.goto(new URL(path, site.url).href);
      return p;
    },
    closePages,
    close: async () => {
      await closePages();
      await held.release();
      await site.close();
    },
  };
}
