/**
 * Runs before `npm test`: the browser tests drive Debian's Chromium, never a
 * downloaded build. Where it is missing and this is a Debian machine with
 * root, it is installed with apt-get; otherwise the message says what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import process from 'node:process';

const path = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

if (!existsSync(path)) {
  const canInstall = existsSync('/usr/bin/apt-get') && process.getuid?.() === 0;
  if (!canInstall) {
    console.error(`The browser tests need Chromium at ${path}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.log('Installing Debian’s Chromium for the browser tests…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
