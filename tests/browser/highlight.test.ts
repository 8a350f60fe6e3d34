/**
 * Highlight on arrival (?highlight=…) is bounded: an address that repeats a word thousands of times once made
 * 111,000 highlight ranges and took 76 s to load. Words are de-duplicated, at most ten are marked, each at most
 * 200 times; the real words still light up.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type Session } from '../helpers/browser.ts';

let session: Session;

beforeAll(async () => {
  session = await startSession();
});
afterAll(() => session?.close());
afterEach(() => session.closePages());

/** The words the page's "search" highlight marks, lower-cased, with how often each. */
async function marked(path: string): Promise<Record<string, number>> {
  const page = await session.open(path);
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const range of CSS.highlights.get('search') ?? []) {
      const word = (range as Range).toString().toLowerCase();
      counts[word] = (counts[word] ?? 0) + 1;
    }
    return counts;
  });
}

describe('highlight on arrival', () => {
  it('marks a real word once per occurrence', async () => {
    const counts = await marked('/outlets/rt/?highlight=Xinhua');
    expect(counts).toEqual({ xinhua: 1 });
  });

  it("survives 'th ' 3,000 times: the ranges are capped and the real word is still marked", async () => {
    const counts = await marked(`/outlets/rt/?highlight=${encodeURIComponent(`${'th '.repeat(3000)}Xinhua`)}`);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total).toBeLessThanOrEqual(10 * 200);
    expect(counts['th']).toBeGreaterThan(0);
    expect(counts['th']).toBeLessThanOrEqual(200);
    expect(counts['xinhua']).toBe(1);
  });

  it('marks a word at most 200 times, however often the article has it', async () => {
    // 'th' and 'in' are each in this 2,700-word article far more than 200 times.
    const counts = await marked('/outlets/pivot-to-asia/?highlight=th%20th%20in');
    expect(counts['th']).toBe(200);
    expect(counts['in']).toBe(200);
  });
});
