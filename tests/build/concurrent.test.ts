/**
 * Builds of one checkout take turns at the Astro step: Astro rewrites fixed
 * files in .astro/ on every build, and two builds at once (the bad-content
 * builds run two at a time) overwrote each other's, and could even swap
 * content. The two fixture sites (tests/helpers/fixture-sites.ts) are built
 * at once, started while the test holds the Astro step's lock: no extra
 * build. Builds finishing together into one folder: tests/unit/publish.test.ts.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_BUILDS, fixtureSites, type FixtureSites } from '../helpers/fixture-sites.ts';

let sites: FixtureSites;
beforeAll(async () => {
  sites = await fixtureSites();
}, FIXTURE_BUILDS);

async function outletPages(dist: string): Promise<string[]> {
  return (await readdir(path.join(dist, 'outlets'), { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

describe('two builds of different content started together while another build holds the Astro step', () => {
  it('each wait for it, saying so, and do not go on while it is held', () => {
    expect(sites.waited, sites.newOutlets.output + sites.summit.output).toEqual({ newOutlets: true, summit: true });
    expect(sites.stillRunningWhileLocked).toBe(true);
  });

  it('then both succeed, each with only its own content, and leave no lock behind', async () => {
    expect(sites.newOutlets.code, sites.newOutlets.output).toBe(0);
    expect(sites.summit.code, sites.summit.output).toBe(0);
    const outlets = await outletPages(sites.newOutlets.dist);
    expect(outlets).toEqual(expect.arrayContaining(['example-wire', 'example-zh', 'example-ru', 'tass', 'rt']));
    const summit = await outletPages(sites.summit.dist);
    expect(summit).toEqual(['belmark-wire', 'corvale-review', 'harbour-herald']);
    expect(outlets.filter((id) => summit.includes(id))).toEqual([]);
    for (const dist of [sites.newOutlets.dist, sites.summit.dist]) {
      expect(await stat(path.join(dist, 'pagefind/pagefind.js')).then(() => true)).toBe(true);
      expect(
        await stat(`${dist}.lock`).then(
          () => true,
          () => false,
        ),
      ).toBe(false);
    }
  });
});
