/**
 * Global setup of the `site` project: one scratch folder for the whole run,
 * where the fixture sites (./fixture-sites.ts) are built once and shared by
 * the test files that read them. Removed when the run ends.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    fixturesDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'parallax-fixture-sites-'));
  project.provide('fixturesDir', dir);
  return () => rm(dir, { recursive: true, force: true });
}
