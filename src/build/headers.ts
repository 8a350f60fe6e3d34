/**
 * HTTP headers for hosts that read a `_headers` file (Netlify, Cloudflare
 * Pages) and for the preview server: the pages' Content-Security-Policy
 * (the union of what Astro put in each page's <meta>, plus frame-ancestors,
 * which a <meta> cannot carry) and the usual hardening headers.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { htmlFiles } from './checks.ts';

// No Cross-Origin-Opener-Policy: it isolates windows that hold something to
// steal, and this site holds nothing per reader (no accounts, cookies or
// private data); what it cost is in the README (Security).
export const SECURITY_HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), clipboard-write=(self)',
};

/** Merges CSP strings directive by directive, keeping every source once, in first-seen order. */
export function mergePolicies(policies: readonly string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const s of sources) set.add(s);
      directives.set(name, set);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

export async function writeHeaders(site: string): Promise<string> {
  // Read as text, one page at a time: the policy is all that is needed from each.
  const policies = new Set<string>();
  for (const file of await htmlFiles(site)) {
    const html = await readFile(path.join(site, file), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
    if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta>: check security.csp in astro.config.mjs`);
    policies.add(policy.replace(/&#39;/g, "'"));
  }
  const csp = mergePolicies([...policies, "frame-ancestors 'none'"]);
  const lines = [
    '/*',
    `  Content-Security-Policy: ${csp}`,
    ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`),
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ];
  await writeFile(path.join(site, '_headers'), lines.join('\n'));
  return csp;
}

export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Reads a `_headers` file: a path pattern (with * for any rest) at the start of a line, its headers indented under it. */
export async function readHeaders(site: string): Promise<HeaderRule[]> {
  let text: string;
  try {
    text = await readFile(path.join(site, '_headers'), 'utf8');
  } catch {
    return [];
  }
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else if (line.trim() && rules.length) {
      const at = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}
