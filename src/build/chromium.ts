/** Debian's Chromium, as the browser tests and Lighthouse start it: never a downloaded build. */
import process from 'node:process';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

// No network beyond loopback here: these flags stop Chromium's own background calls.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
