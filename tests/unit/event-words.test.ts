/** The words the site uses about an event, from its YAML and a small vocabulary. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import EventNotice from '../../src/components/EventNotice.astro';
import {
  differentNoun,
  editionWords,
  howCovered,
  kindFromTitle,
  longDate,
  nounOfKind,
  noticeWords,
  otherEventPhrase,
  outletCount,
  relation,
  saidAt,
  type EventWording,
} from '../../src/lib/event-words.ts';
import type { PointInTime } from '../../src/schemas/fields.ts';

const day = (iso: string): PointInTime => ({ iso, date: new Date(`${iso}T00:00:00Z`), hasTime: false });
const call = (iso: string): EventWording & { date: PointInTime } => ({
  noun: 'call',
  preposition: 'in',
  title: `Putin–Xi video call, ${iso}`,
  date: day(iso),
});
const summit: EventWording = { noun: 'summit', preposition: 'at', title: 'Lakeshore summit, 2 March 2031', date: day('2031-03-02') };

describe('kinds and nouns', () => {
  it.each([
    ['video call', 'call'],
    ['G20 summit', 'summit'],
    ['presidential election', 'election'],
    ['State Visit', 'visit'],
    ['parade', undefined],
  ])('%s ends in the noun %s', (kind, noun) => {
    expect(nounOfKind(kind)).toBe(noun);
  });

  it('reads a kind from a title, with the lower-case word before it, else "event"', () => {
    expect(kindFromTitle('Putin–Xi video call, 4 February 2026')).toBe('video call');
    expect(kindFromTitle('G20 summit, 1 March 2027')).toBe('summit');
    expect(kindFromTitle('The Lakeshore Accord')).toBe('event');
  });
});

describe('phrases', () => {
  it('says where something was said', () => {
    expect(saidAt(call('2026-02-04'))).toBe('in the call');
    expect(saidAt(summit)).toBe('at the summit');
  });

  it('names a different event by the shared noun, else "event"', () => {
    expect(differentNoun([call('2025-01-21')], call('2026-02-04'))).toBe('call');
    expect(differentNoun([call('2025-01-21')], summit)).toBe('event');
    expect(differentNoun([], summit)).toBe('summit');
  });

  it('says earlier or later from the dates', () => {
    const main = call('2026-02-04');
    expect(relation(call('2025-01-21'), main)).toBe('earlier');
    expect(relation(call('2026-03-01'), main)).toBe('later');
    expect(relation(call('2026-02-04'), main)).toBe('same day');
    expect(otherEventPhrase(call('2025-01-21'), main)).toBe('an earlier call');
    expect(otherEventPhrase(call('2026-03-01'), main)).toBe('a later call');
    expect(otherEventPhrase({ ...summit, date: day('2026-02-04') }, main)).toBe('a different event');
  });

  it('explains an earlier, a later and a same-day event in the notice', () => {
    const main = call('2026-02-04');
    expect(noticeWords(call('2025-01-21'), main)).toEqual({
      notThe: 'the one',
      context: 'Its figures and statements refer to the earlier one.',
    });
    expect(noticeWords(call('2026-05-01'), main)).toEqual({
      notThe: 'the one',
      context: 'Its figures and statements refer to the later one.',
    });
    expect(noticeWords({ ...call('2026-02-04'), title: 'Putin–Xi phone call, 4 February 2026' }, main)).toEqual({
      notThe: 'the Putin–Xi video call',
      context: 'Its figures and statements refer to the call it reports.',
    });
    expect(noticeWords(call('2031-04-01'), summit).context).toBe('Its figures and statements refer to the later call.');
  });

  it('gives each column on another event its noun, and one for them all', () => {
    const events = new Map<string, EventWording>([
      ['old', call('2025-01-21')],
      ['main', call('2026-02-04')],
    ]);
    const columns = [
      { id: 'a', eventId: 'main', otherEvent: false },
      { id: 'b', eventId: 'old', otherEvent: true },
    ];
    expect(editionWords(call('2026-02-04'), columns, events)).toMatchObject({ different: { b: 'call' }, anyDifferent: 'call' });
    expect(editionWords(summit, columns, events)).toMatchObject({ different: { b: 'event' }, anyDifferent: 'event' });
  });
});

describe('EventNotice', () => {
  const render = async (eventIso: string, mainIso: string) => {
    const container = await AstroContainer.create();
    const main = { id: 'main', ...call(mainIso), description: '', kind: 'video call', searchExamples: [] };
    const article = { otherEvent: true, event: { id: 'other', ...call(eventIso), description: '', kind: 'video call', searchExamples: [] } };
    const html = await container.renderToString(EventNotice, { props: { article, mainEvent: main } });
    return cheerio.load(html)('.event-notice').text().replace(/\s+/g, ' ').trim();
  };

  it('says the article’s event is the earlier one when it is', async () => {
    expect(await render('2025-01-21', '2026-02-04')).toBe(
      'Different call. This article reports the Putin–Xi video call of 21 January 2025, not the one of 4 February 2026. Its figures and statements refer to the earlier one. Its edition: Putin–Xi video call, 2025-01-21.',
    );
  });

  it('says the article’s event is the later one when it is', async () => {
    expect(await render('2026-03-10', '2026-02-04')).toBe(
      'Different call. This article reports the Putin–Xi video call of 10 March 2026, not the one of 4 February 2026. Its figures and statements refer to the later one. Its edition: Putin–Xi video call, 2026-03-10.',
    );
  });
});

describe('counts of outlets, said for what they are', () => {
  const main = call('2026-02-04');
  it('counts every outlet plainly when all cover the edition’s event', () => {
    expect(outletCount(main, [main, main, main])).toBe('3 outlets');
    expect(howCovered(summit, [summit, summit])).toBe('How 2 outlets covered the Lakeshore summit, 2 March 2031');
  });
  it('never counts an outlet on another event as coverage of this one', () => {
    const earlier = call('2025-01-21');
    expect(longDate(earlier)).toBe('21 January 2025');
    expect(outletCount(main, [main, earlier, main, main, main])).toBe('4 outlets on this call, 1 on the call of 21 January 2025');
    expect(howCovered(main, [main, earlier, main, main, main])).toBe(
      'How outlets covered the Putin–Xi video call, 2026-02-04: 4 outlets on this call, 1 on the call of 21 January 2025',
    );
    // Two other events, by date, each in its own words; one outlet on the main event is "1 outlet".
    expect(outletCount(main, [main, summit, earlier, earlier])).toBe(
      '1 outlet on this call, 2 on the call of 21 January 2025, 1 on the summit of 2 March 2031',
    );
  });
});
