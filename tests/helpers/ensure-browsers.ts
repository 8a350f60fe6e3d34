/**
 * Runs before `npm test`: the browser tests drive Debian's Chromium and
 * Firefox ESR, never a downloaded build; the Nu HTML Checker needs Java, and
 * the text-browser tests read pages with w3m.
 * What is missing is installed with apt-get where this is a Debian machine
 * with root; otherwise the message says what to install.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import process from 'node:process';

const needs = [
  { what: 'Chromium', path: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium', env: 'CHROMIUM_PATH', pkg: 'chromium' },
  { what: 'Firefox ESR', path: process.env['FIREFOX_PATH'] || '/usr/bin/firefox-esr', env: 'FIREFOX_PATH', pkg: 'firefox-esr' },
  { what: 'Java (for the Nu HTML Checker)', path: process.env['JAVA'] || '/usr/bin/java', env: 'JAVA', pkg: 'default-jre-headless' },
  { what: 'w3m (for the text-browser tests)', path: '/usr/bin/w3m', env: 'PATH', pkg: 'w3m' },
];
const missing = needs.filter((n) => !existsSync(n.path));

if (missing.length) {
  const canInstall = existsSync('/usr/bin/apt-get') && process.getuid?.() === 0;
  if (!canInstall) {
    for (const n of missing)
      console.error(`The tests need ${n.what} at ${n.path}. Install it (Debian: apt-get install -y ${n.pkg}) or set ${n.env}.`);
    process.exit(1);
  }
  console.log(`Installing Debian’s ${missing.map((n) => n.pkg).join(', ')} for the tests…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing.map((n) => n.pkg)], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
