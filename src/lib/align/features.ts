/**
 * What the aligner knows about a sentence, read with wink-nlp (its English
 * "lite web" model, an npm package with the model inside: nothing is
 * downloaded): content lemmas, figures, and who the sentence attributes its
 * words to.
 *
 * - **Terms**: lemmas of nouns, proper nouns, verbs, adjectives, adverbs and
 *   numbers that are not stop words, lower-cased, British -ise spellings
 *   folded to -ize; the words of the attribution ("Putin said") are left out,
 *   so that two sentences are not alike only because the same man spoke.
 * - **Figures**: the project's figure extraction (money, percentages,
 *   volumes, counts, durations) plus ordinals ("ranks first", "fifth", "15th").
 * - **Voice**: `reported` when the sentence attributes words or acts to
 *   someone (a speech verb with a person, a title or a pronoun as subject;
 *   "according to …"; a passive "was described as"; or an act of the meeting:
 *   discussed, agreed, invited…); otherwise `own`, the outlet's own analysis
 *   or background.
 * - **Speaker**: the subject of the attribution: a name ("Xi Jinping"), a
 *   role ("the Russian leader"), both sides ("the leaders", "Putin and Xi"),
 *   or unknown (a passive). "He"/"she" take the speaker of the sentence
 *   before. Roles are resolved to a person with what the event's own
 *   articles say: "Russian President Vladimir Putin" makes "the Russian
 *   leader" Putin when no other Russian leader is named.
 */
import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extractFigures } from '../figures.ts';
import { fold } from '../patterns.ts';
import { SPEECH_VERBS, TRAILING_ONLY } from '../speech-verbs.ts';

let nlp: WinkMethods | undefined;
/** wink-nlp with its model, loaded once; only the part-of-speech tagger runs (lemmas need it), not sentiment, negation or entities. */
function engine(): WinkMethods {
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/** Verbs that report what someone said or thought (the shared list, plus "identify" and "stated"), folded as the lemmas read are. */
const SPEECH = new Set([...SPEECH_VERBS, 'identify', 'stated'].map(normalLemma));
/** Acts of a meeting that a report recounts: the sentence reports, whoever the subject. */
const ACTS = new Set('discuss agree invite accept talk exchange touch speak negotiate sign'.split(' ').map(normalLemma));
/** Titles that name a person's office; they are not part of a name. */
const TITLES = new Set(
  (
    'president leader head minister secretary aide adviser advisor chairman chairwoman chair premier chancellor spokesman spokeswoman ' +
    'spokesperson ambassador envoy counterpart king queen prince emperor governor mayor general director official mr mrs ms dr ' +
    'presidential foreign prime deputy vice state'
  ).split(' '),
);
const singular = (word: string) => (TITLES.has(word) || !word.endsWith('s') ? word : word.slice(0, -1));
const isTitle = (word: string) => TITLES.has(singular(word));
/** Titles of a head of state or government: "the Russian leader" may be "Russian President Vladimir Putin". */
const LEADER_TITLES = new Set('president leader head premier chancellor counterpart king queen emperor prime'.split(' '));
/** Plural subjects that stand for both sides of a meeting. */
const BOTH = new Set('leader side president party both delegation country'.split(' '));
const SINGULAR = new Set(['he', 'him', 'she', 'her']);
const PERSONAL = new Set([...SINGULAR, 'they', 'them', 'we', 'us', 'i']);
const NOUN_LIKE = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'CCONJ', 'PART']);
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);

export type Speaker =
  { kind: 'unknown' } | { kind: 'both' } | { kind: 'named'; names: string[] } | { kind: 'role'; modifiers: string[]; title: string };

export interface FigureValue {
  kind: string;
  value: number;
}

interface Token {
  text: string;
  pos: string;
  lemma: string;
  stop: boolean;
}

/** A sentence as read, before the event's knowledge of who is who is applied. */
export interface ReadSentence {
  terms: string[];
  figures: FigureValue[];
  voice: 'reported' | 'own';
  /** The attribution's subject as written; resolved with the event's `People`. */
  subject: Subject | null;
  /** Who acts in the sentence ("Lopez spoke"), for a "he" in the next one. */
  actor: Subject | null;
  /** Name runs and their titles, for learning who is who across the event. */
  appositions: Apposition[];
  /** Tokens lower-cased as printed, for the event's vocabulary of lower-case words. */
  lowercase: string[];
}

type Subject =
  | { kind: 'unknown' }
  | { kind: 'both' }
  | { kind: 'pronoun' }
  | { kind: 'mention'; runs: string[][]; modifiers: string[]; titles: string[]; joined: boolean };

interface Apposition {
  name: string[];
  modifiers: string[];
  titles: string[];
}

/** Lemma, folded: lower case, straight quotes, British -ise folded to -ize. */
function normalLemma(lemma: string): string {
  return fold(lemma)
    .toLowerCase()
    .replace(/^(.{3,})is(e|es|ed|ing|ation|ations)$/, '$1iz$2')
    .replace(/^(.{3,})ys(e|es|ed|ing)$/, '$1yz$2');
}

/** The sentence's tokens. */
function tokenize(text: string): Token[] {
  const doc = engine().readDoc(text);
  const its = engine().its;
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const pos = tokens.out(its.pos) as string[];
  // The lemmatiser's declared type takes the model's add-ons, which wink-nlp passes itself.
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const stops = tokens.out(its.stopWordFlag) as unknown as boolean[];
  return values.map((v, i) => ({ text: v, pos: pos[i] ?? 'X', lemma: normalLemma(lemmas[i] ?? v), stop: Boolean(stops[i]) }));
}

const isWord = (t: Token | undefined, word: string) => t !== undefined && t.lemma === word;
const isPunct = (t: Token | undefined, chars: string) => t !== undefined && t.pos === 'PUNCT' && chars.includes(t.text);

/** The noun phrase ending just before `end` (exclusive), walking left; skips adverbs, auxiliaries and one parenthetical ", in turn,". */
function phraseBefore(tokens: Token[], end: number): { start: number; end: number } {
  let i = end - 1;
  while (i >= 0 && (tokens[i]!.pos === 'ADV' || tokens[i]!.pos === 'AUX' || tokens[i]!.lemma === 'not')) i--;
  // An infinitive ("decision to publicly reaffirm") has no subject of its own.
  if (isWord(tokens[i], 'to')) return { start: end, end };
  if (isPunct(tokens[i], ',')) {
    // "Putin, in turn, noted": step over a short parenthetical.
    for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
      if (isPunct(tokens[j], ',')) {
        i = j - 1;
        break;
      }
    }
  }
  const stop = i + 1;
  while (i >= 0 && (NOUN_LIKE.has(tokens[i]!.pos) || isWord(tokens[i], 'of') || (tokens[i]!.pos === 'PRON' && PERSONAL.has(tokens[i]!.lemma)))) {
    if (tokens[i]!.pos === 'PRON') {
      i--;
      break;
    }
    i--;
  }
  return { start: i + 1, end: stop };
}

/** The noun phrase starting at `start`, up to punctuation or a verb. */
function phraseAfter(tokens: Token[], start: number): { start: number; end: number } {
  let i = start;
  while (i < tokens.length && (NOUN_LIKE.has(tokens[i]!.pos) || isWord(tokens[i], 'of') || (tokens[i]!.pos === 'PRON' && tokens[i]!.lemma !== 'who')))
    i++;
  return { start, end: i };
}

/** Reads a subject noun phrase: a pronoun, "the leaders", names with their titles. */
function readSubject(tokens: Token[], span: { start: number; end: number }): Subject | null {
  const all = tokens.slice(span.start, span.end).filter((t) => t.pos !== 'PUNCT');
  // "head of state": what follows "of" completes the head noun; it is not the speaker.
  const of = all.findIndex((t) => t.lemma === 'of');
  const words = of > 0 ? all.slice(0, of) : all;
  if (words.length === 0) return null;
  const pronoun = words.find((t) => t.pos === 'PRON');
  if (pronoun) return SINGULAR.has(pronoun.lemma) ? { kind: 'pronoun' } : PERSONAL.has(pronoun.lemma) ? { kind: 'both' } : null;
  const runs: string[][] = [];
  const modifiers: string[] = [];
  const titles: string[] = [];
  let run: string[] = [];
  let joined = false;
  const flush = () => {
    if (run.length) runs.push(run);
    run = [];
  };
  for (const t of words) {
    const lower = t.lemma;
    if (t.pos === 'CCONJ') {
      flush();
      joined = true;
    } else if (isTitle(lower) || t.pos === 'NOUN' || t.pos === 'ADJ') {
      // Names before a title modify it ("Russian President", "Putin aide").
      if (run.length) modifiers.push(...run);
      run = [];
      if (isTitle(lower) || BOTH.has(lower)) titles.push(singular(lower));
    } else if (t.pos === 'PROPN') {
      run.push(lower);
    }
  }
  flush();
  const plural = words.some((t) => t.pos === 'NOUN' && BOTH.has(t.lemma) && t.text.toLowerCase() !== t.lemma);
  const both = words.some((t) => t.lemma === 'both' || t.lemma === 'two');
  if ((joined && runs.length > 1) || plural || (both && titles.some((x) => BOTH.has(x)))) return { kind: 'both' };
  if (runs.length === 0 && titles.length === 0) return null;
  return { kind: 'mention', runs, modifiers, titles, joined };
}

const speakerNoun = (s: Subject | null) => s !== null && (s.kind !== 'mention' || s.runs.length > 0 || s.titles.length > 0);

/** Reads one sentence. */
export function readSentence(text: string): ReadSentence {
  const known = memo.get(text);
  if (known) return known;
  const read = readFresh(text);
  if (memo.size >= MEMO) memo.clear();
  memo.set(text, read);
  return read;
}

/** Sentences printed word for word by several outlets (agency copy) are read once. */
const memo = new Map<string, ReadSentence>();
const MEMO = 50_000;

function readFresh(text: string): ReadSentence {
  const tokens = tokenize(text);
  const n = tokens.length;
  let subject: Subject | null = null;
  let actor: Subject | null = null;
  let reported = false;
  const attribution = new Set<number>();
  const mark = (span: { start: number; end: number }) => {
    for (let i = span.start; i < span.end; i++) attribution.add(i);
  };

  // 1. "according to X", "as quoted by X" (the source is X only for "according to").
  for (let i = 0; i < n - 1 && !subject; i++) {
    if (isWord(tokens[i], 'accord') && isWord(tokens[i + 1], 'to')) {
      const span = phraseAfter(tokens, i + 2);
      const s = readSubject(tokens, span);
      if (speakerNoun(s)) {
        subject = s;
        reported = true;
        mark({ start: i, end: span.end });
      }
    }
  }
  // 2. A trailing attribution: ', Putin said.' / ', Putin said, as quoted by …' / ', said Putin.'
  if (!subject) {
    for (let i = n - 1; i > 0; i--) {
      const t = tokens[i]!;
      if (t.pos !== 'VERB' || !SPEECH.has(t.lemma)) continue;
      const next = tokens[i + 1];
      const closes = next === undefined || isPunct(next, '.,;!?"”’');
      if (!closes) continue;
      const span = phraseBefore(tokens, i);
      const before = tokens[span.start - 1];
      const opens = span.start === 0 || isPunct(before, ',"”’“;') || isWord(before, 'as');
      const s = readSubject(tokens, span);
      if (opens && speakerNoun(s)) {
        subject = s;
        reported = true;
        mark({ start: span.start, end: i + 1 });
        break;
      }
    }
  }
  // 3. The first speech verb with a person, a title or a pronoun as its subject; or a passive ("was described as").
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB') continue;
    if (ACTS.has(t.lemma)) {
      reported = true;
      const s = readSubject(tokens, phraseBefore(tokens, i));
      actor ??= s;
      if (!subject && s && (s.kind === 'both' || s.kind === 'unknown')) subject = s;
      attribution.add(i);
      continue;
    }
    if (!SPEECH.has(t.lemma) || TRAILING_ONLY.has(t.lemma)) continue;
    const prev = tokens[i - 1];
    const passive = prev !== undefined && (prev.lemma === 'be' || (prev.pos === 'ADV' && tokens[i - 2]?.lemma === 'be'));
    if (passive) {
      reported = true;
      attribution.add(i);
      continue;
    }
    const span = phraseBefore(tokens, i);
    const s = readSubject(tokens, span);
    if (!speakerNoun(s)) continue;
    reported = true;
    attribution.add(i);
    if (!subject) {
      subject = s;
      mark(span);
    }
  }
  if (reported && !subject) subject = { kind: 'unknown' };

  // Who is who: "Russian President Vladimir Putin", "Putin aide Yury Ushakov", "Chinese counterpart, Xi Jinping".
  const appositions: Apposition[] = [];
  for (let i = 0; i < n; i++) {
    if (tokens[i]!.pos !== 'PROPN' || tokens[i - 1]?.pos === 'PROPN') continue;
    let j = i;
    while (j < n && tokens[j]!.pos === 'PROPN') j++;
    const name = tokens.slice(i, j).map((t) => t.lemma);
    // A run before a title or noun modifies it ("Russian President", "Putin aide"): not a person's name here.
    if (j < n && (tokens[j]!.pos === 'NOUN' || isTitle(tokens[j]!.lemma))) continue;
    // Walk left over the titles and their modifiers.
    let k = i - 1;
    if (isPunct(tokens[k], ',')) k--;
    const titles: string[] = [];
    const modifiers: string[] = [];
    while (k >= 0 && (isTitle(tokens[k]!.lemma) || tokens[k]!.pos === 'ADJ')) {
      if (isTitle(tokens[k]!.lemma)) titles.push(singular(tokens[k]!.lemma));
      k--;
    }
    while (k >= 0 && tokens[k]!.pos === 'PROPN') modifiers.push(tokens[k--]!.lemma);
    const nameWords = name.filter((w) => !isTitle(w));
    const nameTitles = name.filter((w) => isTitle(w)).map(singular);
    if (nameWords.length) appositions.push({ name: nameWords, modifiers, titles: [...titles, ...nameTitles] });
  }

  const terms: string[] = [];
  tokens.forEach((t, i) => {
    if (attribution.has(i) || t.stop || !CONTENT_POS.has(t.pos)) return;
    if (t.pos === 'VERB' && (SPEECH.has(t.lemma) || ACTS.has(t.lemma))) return;
    for (const part of t.lemma.split(/[-–—/]/)) if (part.length >= 2 && /[\p{L}\p{N}]/u.test(part)) terms.push(part);
  });

  const figures: FigureValue[] = extractFigures(text).map((f) => ({
    kind: `${f.kind}:${f.unit.replace(/^US\$/, '$').replace(/^USD ?/, '$')}`,
    value: f.value,
  }));
  for (const m of text.matchAll(ORDINAL)) figures.push({ kind: 'ordinal', value: ordinalValue(m[0]) });

  return {
    terms,
    figures,
    voice: reported ? 'reported' : 'own',
    subject,
    actor: subject?.kind === 'mention' ? subject : actor,
    appositions,
    lowercase: tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.lemma),
  };
}

const ORDINALS = 'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth'.split(' ');
const ORDINAL = new RegExp(`\\b(?:${ORDINALS.join('|')}|\\d+(?:st|nd|rd|th))\\b`, 'gi');
function ordinalValue(text: string): number {
  const word = text.toLowerCase();
  const i = ORDINALS.indexOf(word);
  return i >= 0 ? i + 1 : Number.parseInt(word, 10) || -1;
}

/** Who is who in one event, learned from its sentences' appositions. */
export class People {
  /** name word → the words of the person it belongs to (Putin ↔ Vladimir). */
  private readonly person = new Map<string, string>();
  private readonly modifiers = new Map<string, Set<string>>();
  private readonly titles = new Map<string, Set<string>>();
  private readonly lowercase: Set<string>;

  constructor(sentences: readonly ReadSentence[]) {
    this.lowercase = new Set(sentences.flatMap((s) => s.lowercase));
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      let r = x;
      while (parent.has(r) && parent.get(r) !== r) r = parent.get(r)!;
      return r;
    };
    const names = (words: string[]) => words.filter((w) => !this.lowercase.has(w) && !isTitle(w));
    // A person is a name that bears a title ("President Xi Jinping") or speaks ("Ushakov added"), not any proper noun.
    const known = (s: ReadSentence) => [
      ...s.appositions.filter((a) => a.titles.length > 0),
      ...(s.subject?.kind === 'mention' ? s.subject.runs.map((name) => ({ name, modifiers: [], titles: [] })) : []),
    ];
    for (const s of sentences)
      for (const a of known(s)) {
        const ws = names(a.name);
        for (const w of ws) if (!parent.has(w)) parent.set(w, w);
        for (const w of ws.slice(1)) {
          const [x, y] = [find(ws[0]!), find(w)].sort();
          if (x !== y) parent.set(y!, x!);
        }
      }
    for (const w of parent.keys()) this.person.set(w, find(w));
    for (const s of sentences)
      for (const a of known(s)) {
        const ws = names(a.name);
        if (!ws.length) continue;
        const id = this.person.get(ws[0]!)!;
        const mods = this.modifiers.get(id) ?? new Set<string>();
        const tits = this.titles.get(id) ?? new Set<string>();
        for (const m of a.modifiers) mods.add(m);
        for (const t of a.titles) tits.add(t);
        this.modifiers.set(id, mods);
        this.titles.set(id, tits);
      }
  }

  /** Whether a word is part of a person's name in this event. */
  isName(word: string): boolean {
    return this.person.has(word);
  }

  private personOf(word: string): string {
    return this.person.get(word) ?? word;
  }

  /** The speaker a subject names, resolving "the Russian leader" to the one Russian leader named in the event. */
  resolve(subject: Subject | null, previous: Speaker | null): Speaker {
    if (!subject || subject.kind === 'unknown') return { kind: 'unknown' };
    if (subject.kind === 'both') return { kind: 'both' };
    if (subject.kind === 'pronoun') return previous && previous.kind !== 'both' ? previous : { kind: 'unknown' };
    const runs = subject.runs.map((r) => r.filter((w) => !this.lowercase.has(w) && !isTitle(w))).filter((r) => r.length);
    if (runs.length > 0) {
      const last = runs[runs.length - 1]!;
      return { kind: 'named', names: [...new Set(last.map((w) => this.personOf(w)))].sort() };
    }
    const title = subject.titles.at(-1) ?? '';
    const modifiers = [...new Set([...subject.modifiers, ...subject.runs.flat()])].sort();
    const leader = LEADER_TITLES.has(title);
    const candidates = new Set<string>();
    for (const [id, mods] of this.modifiers) {
      if (!modifiers.every((m) => mods.has(m))) continue;
      const tits = this.titles.get(id) ?? new Set<string>();
      if (leader ? [...tits].some((t) => LEADER_TITLES.has(t)) : tits.has(title)) candidates.add(id);
    }
    if (candidates.size === 1) return { kind: 'named', names: [...candidates] };
    return { kind: 'role', modifiers, title: leader ? 'leader' : title };
  }

  /** Whether a role ("the Russian leader") may be this named person. */
  fits(role: Extract<Speaker, { kind: 'role' }>, named: Extract<Speaker, { kind: 'named' }>): boolean {
    return named.names.some((id) => {
      const mods = this.modifiers.get(id);
      const tits = this.titles.get(id);
      if (!mods || !tits) return true; // nothing known of this person: cannot rule it out
      const titleFits = role.title === 'leader' ? [...tits].some((t) => LEADER_TITLES.has(t)) : tits.has(role.title);
      return titleFits && role.modifiers.every((m) => mods.has(m));
    });
  }
}

/** Whether two speakers can be the same source: both sides and unknown fit anyone; names must share a person. */
export function sameSpeaker(a: Speaker, b: Speaker, people: People): boolean {
  if (a.kind === 'unknown' || b.kind === 'unknown' || a.kind === 'both' || b.kind === 'both') return true;
  if (a.kind === 'named' && b.kind === 'named') return a.names.some((n) => b.names.includes(n));
  if (a.kind === 'role' && b.kind === 'role') return a.title === b.title && a.modifiers.join() === b.modifiers.join();
  return a.kind === 'role' ? people.fits(a, b as Extract<Speaker, { kind: 'named' }>) : people.fits(b as Extract<Speaker, { kind: 'role' }>, a);
}
