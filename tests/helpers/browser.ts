/** Debian's Chromium driven by playwright-core, against the built site served on 127.0.0.1. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { serve, type Served } from '../../src/build/serve.ts';
import { dist } from './site.ts';

const executablePath = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

// No network beyond loopback here: these flags stop Chromium's own background calls.
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

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

/** Chromium and a server for a built site: dist/ unless another folder is given. */
export async function startSession(folder = dist): Promise<Session> {
  if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: run "apt-get install -y chromium" or set CHROMIUM_PATH`);
  const [browser, site] = await Promise.all([chromium.launch({ executablePath, args, headless: true }), serve(folder, 0)]);
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
