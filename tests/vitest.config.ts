/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';
import LongestFirst from './helpers/sequencer.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

// Two projects: `unit` needs nothing built; `site` tests the built dist/ (files, the Nu HTML Checker, then Chromium and Firefox).
export default getViteConfig(
  {
    test: {
      root,
      environment: 'node',
      testTimeout: 30_000,
      hookTimeout: 120_000,
      // The site project's longest files first (./helpers/sequencer.ts); the unit project's order is Vitest's.
      sequence: { sequencer: LongestFirst },
      projects: [
        { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
        {
          extends: true,
          test: {
            name: 'site',
            globalSetup: ['tests/helpers/site-setup.ts'],
            include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
            // Two files at a time, one Chromium each: a browser test file waits on its pages much of the time,
            // so on a 2-core machine the other file takes the idle core; builds of the bad-content corpus run
            // two at a time within their file.
            fileParallelism: true,
            maxWorkers: 2,
            maxConcurrency: 2,
          },
        },
      ],
    },
  },
  { root, logLevel: 'silent' },
);
