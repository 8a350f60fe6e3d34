/** Debian's Chromium driven by playwright-core, against the built site served on 127.0.0.1. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { serve, type Served } from '../../src/build/serve.ts';
import { dist } from './site.ts';

const executablePath = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

// No network beyond loopback here: these flags stop Chromium's own background calls.
const args = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export interface Session {
  browser: Browser;
  site: Served;
  /** A fresh page in a fresh context, closed by `close()`. */
  open: (path: string, options?: BrowserContextOptions) => Promise<Page>;
  close: () => Promise<void>;
}

export async function startSession(): Promise<Session> {
  if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: run "apt-get install -y chromium" or set CHROMIUM_PATH`);
  const [browser, site] = await Promise.all([chromium.launch({ executablePath, args, headless: true }), serve(dist, 0)]);
  const contexts: { close: () => Promise<void> }[] = [];
  return {
    browser,
    site,
    open: async (path, options = {}) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(new URL(path, site.url).href);
      return page;
    },
    close: async () => {
      await Promise.all(contexts.map((c) => c.close()));
      await browser.close();
      await site.close();
    },
  };
}
