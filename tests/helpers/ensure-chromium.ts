/**
 * Runs before `npm test`: the browser tests drive Debian's Chromium, never a
 * downloaded build, and the text-browser tests read pages with w3m. Where one
 * is missing and this is a Debian machine with root, it is installed with
 * apt-get; otherwise the message says what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import process from 'node:process';

const path = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
// Each Debian package the tests need, by the file it installs.
const packages: Record<string, string> = { chromium: path, w3m: '/usr/bin/w3m' };
const missing = Object.keys(packages).filter((name) => !existsSync(packages[name]!));

if (missing.length > 0) {
  const canInstall = existsSync('/usr/bin/apt-get') && process.getuid?.() === 0;
  if (!canInstall) {
    console.error(
      `The tests need ${missing.map((name) => `${name} at ${packages[name]}`).join(' and ')}. Install them (Debian: apt-get install -y ${missing.join(' ')})${missing.includes('chromium') ? ' or set CHROMIUM_PATH' : ''}.`,
    );
    process.exit(1);
  }
  console.log(`Installing Debian’s ${missing.join(' and ')} for the tests…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
