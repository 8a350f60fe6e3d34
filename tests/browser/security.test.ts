/**
 * The Content-Security-Policy in practice: an injected inline script and an
 * inline event handler do not run, the preview server sends the same policy
 * with the other hardening headers, and nothing is fetched from another origin.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from '../helpers/browser.ts';
import { dist } from '../helpers/site.ts';

let session: Session;
let tampered: string;

beforeAll(async () => {
  // A copy of the built site with markup injected into a page, as an attacker who slipped it past the checks would.
  tampered = path.join(tmpdir(), `parallax-csp-${process.pid}`);
  await cp(dist, tampered, { recursive: true });
  const page = path.join(tampered, 'outlets/tass/index.html');
  const html = await readFile(page, 'utf8');
  await writeFile(
    page,
    html.replace('</main>', '<script>window.__injected = 1</script><img src="/favicon.svg" onload="window.__handler = 1" alt=""></main>'),
  );
  await rm(`${page}.br`, { force: true });
  await rm(`${page}.gz`, { force: true });
  session = await startSession(tampered);
});
afterAll(async () => {
  await session?.close();
  await rm(tampered, { recursive: true, force: true });
});

describe('Content-Security-Policy', () => {
  it('blocks an injected inline script and inline handler, and reports the violation', async () => {
    const page = await session.page();
    const violations: string[] = [];
    page.on('console', (m) => /Content Security Policy/.test(m.text()) && violations.push(m.text()));
    await page.goto(`${session.site.url}/outlets/tass/`, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
    expect(await page.evaluate(() => (window as { __handler?: number }).__handler)).toBeUndefined();
    expect(violations.length).toBeGreaterThanOrEqual(2);
    // The site's own scripts still run under the same policy.
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await session.closePages();
  });

  it('is sent by the preview server with frame-ancestors and the hardening headers', async () => {
    const response = await fetch(`${session.site.url}/compare/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain("'unsafe-eval'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
  });

  it('lets search work under the policy', async () => {
    const page = await session.page();
    const violations: string[] = [];
    page.on('console', (m) => /Content Security Policy/.test(m.text()) && violations.push(m.text()));
    await page.goto(`${session.site.url}/search/?q=${encodeURIComponent('"every season is spring"')}`);
    await page.waitForFunction(() => document.querySelector('#search-status')?.textContent?.includes('outlets'));
    expect(await page.locator('.outlet-result h2').textContent()).toBe('TASS');
    expect(violations).toEqual([]);
    await session.closePages();
  });
});
