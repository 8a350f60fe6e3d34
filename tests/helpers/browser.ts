/**
 * Debian's Chromium driven by playwright-core, against a built site served on
 * 127.0.0.1, and axe: the one place the browser tests launch Chromium and run axe.
 */
import AxeBuilder from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../src/build/chromium.ts';
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

/** The WCAG 2.2 A and AA rules and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe's violations on the page as it is now, one "rule: elements" line each (none is a pass). */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Chromium and a server for a built site: dist/ unless another folder is given. */
export async function startSession(folder = dist): Promise<Session> {
  const [browser, site] = await Promise.all([launchChromium(), serve(folder, 0)]);
  const contexts: { close: () => Promise<void> }[] = [];
  const page = async (options: BrowserContextOptions = {}) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
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
      await browser.close();
      await site.close();
    },
  };
}
