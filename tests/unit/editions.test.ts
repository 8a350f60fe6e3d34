/** How editions relate (src/lib/editions.ts): the nearest events, earlier coverage, and a comparison's row links on its own page. */
import { describe, expect, it } from 'vitest';
import { earlierEvents, relatedEvents, rowLinksOnPage } from '../../src/lib/editions.ts';
import { readCorpus } from '../helpers/corpus.ts';

const event = (id: string, title: string, description: string, kind: string, iso: string) => ({ id, title, description, kind, date: { iso } });
const call2026 = event(
  'call-2026',
  'Putin–Xi video call, 4 February 2026',
  'Russian President Vladimir Putin and Chinese President Xi Jinping held a video call.',
  'video call',
  '2026-02-04',
);
const call2025 = event('call-2025', 'Putin–Xi video call, 21 January 2025', 'Putin and Xi Jinping spoke by video.', 'video call', '2025-01-21');
const summit = event('summit', 'Lakeshore summit, 14 May 2030', 'Leaders of Arvenia met in Port Tamsin.', 'regional summit', '2030-05-14');
const g20 = event('g20', 'G20 summit, 1 March 2026', 'Leaders met; Xi Jinping attended.', 'summit', '2026-03-01');

describe('relatedEvents', () => {
  it('lists events of the same kind or with names in common, most words in common first, never the event itself', () => {
    const related = relatedEvents(call2026, [call2026, summit, g20, call2025]);
    expect(related.map((r) => [r.event.id, r.sameKind, r.shared])).toEqual([
      ['call-2025', true, ['Putin', 'Xi', 'video', 'call', 'Jinping']],
      ['g20', false, ['Xi', 'Jinping']],
    ]);
  });
  it('leaves out an event with nothing in common, and keeps at most the limit', () => {
    expect(relatedEvents(summit, [call2026, call2025])).toEqual([]);
    expect(relatedEvents(call2026, [call2025, g20], 1).map((r) => r.event.id)).toEqual(['call-2025']);
  });
  it('gives earlier coverage as the related events dated before', () => {
    expect(earlierEvents(call2026, [call2025, g20, summit]).map((r) => r.event.id)).toEqual(['call-2025']);
    expect(earlierEvents(call2025, [call2026, g20])).toEqual([]);
  });
  it('finds the 2025 call as the earlier coverage of the 2026 one in content/', () => {
    const corpus = readCorpus();
    const [newest, ...rest] = corpus.editions.map((e) => e.event);
    expect(earlierEvents(newest!, rest).map((r) => r.event.id)).toEqual(['putin-xi-call-2025-01-21']);
  });
});

describe('rowLinksOnPage', () => {
  it('turns links to /compare/ rows into links on the page, and leaves every other link', () => {
    const value = { rows: [{ href: '/compare/#statement-a', cells: { x: { href: '/outlets/x/#p' } } }], notes: [['word', { href: '/compare/' }]] };
    expect(rowLinksOnPage(value, '/compare/')).toEqual({
      rows: [{ href: '#statement-a', cells: { x: { href: '/outlets/x/#p' } } }],
      notes: [['word', { href: '/compare/' }]],
    });
  });
});
