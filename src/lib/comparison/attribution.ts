/**
 * Who an outlet's words for a statement are attributed to, read from the
 * sentence they stand in:
 *
 * - `direct-quote`: at least half the rendering's letters stand inside
 *   quotation marks (“…”, "…", «…»; a closing mark with no opening one, as in
 *   a copy that lost it, quotes from the start of the paragraph);
 * - `reported-speech`: the sentence attributes it to someone: a speech verb
 *   ("said", "noted", "stressed", "lauded", "assured"…) whose subject is a
 *   person, a title ("the Russian leader"), a pronoun ("He") or both sides
 *   ("The leaders"); "according to X"; "as X noted";
 * - `outlet-own-words`: neither. A passive with no agent ("was described
 *   as"), an account of the meeting ("they discussed", "the conversation
 *   touched on") and a subject that is not a speaker ("The videoconference
 *   between Putin and Xi confirmed…") are the outlet's own words.
 *
 * Words are read with wink-nlp (part of speech and lemma, so "stressed",
 * "stresses" and "stress" are one verb). The speaker is resolved with the
 * sentence aligner's reading of the event (src/lib/align/): "He" takes the
 * speaker of the sentence before, "the Chinese leader" the one Chinese
 * leader the event's articles name.
 */
import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Block } from '../blocks.ts';
import { readEvent, type AlignArticle } from '../align/align.ts';
import type { People, Speaker } from '../align/features.ts';
import { splitSentences } from '../align/sentences.ts';
import { SPEECH_VERBS, TRAILING_ONLY } from '../speech-verbs.ts';

type AttributionType = 'direct-quote' | 'reported-speech' | 'outlet-own-words';

export interface Attribution {
  type: AttributionType;
  /** Who the sentence attributes the words to, named as the articles name them ("Vladimir Putin", "the leaders"); null when none. */
  speaker: string | null;
}

let nlp: WinkMethods | undefined;
const engine = (): WinkMethods => (nlp ??= winkNLP(model, ['pos']));

/** Verbs that attribute words or a position to their subject: the shared list, and "emphasise", as lemmas here are not folded to -ize. */
const SPEECH = new Set([...SPEECH_VERBS, 'emphasise']);
/** Common nouns that name a speaker: an office, or the sides of a meeting. */
const PERSON_NOUNS = new Set(
  (
    'president leader head minister secretary aide adviser advisor chairman chairwoman chair premier chancellor spokesman ' +
    'spokeswoman spokesperson ambassador envoy counterpart official officials side sides party parties delegation both ' +
    'government ministry kremlin'
  ).split(' '),
);
const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'him', 'her', 'them']);
const NOUN_LIKE = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'CCONJ', 'PART']);

interface Token {
  text: string;
  pos: string;
  lemma: string;
}

function tokenize(text: string): Token[] {
  const doc = engine().readDoc(text);
  const its = engine().its;
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const pos = tokens.out(its.pos) as string[];
  // The lemmatiser's declared type takes the model's add-ons, which wink-nlp passes itself.
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  return values.map((v, i) => ({ text: v, pos: pos[i] ?? 'X', lemma: (lemmas[i] ?? v).toLowerCase() }));
}

const isPunct = (t: Token | undefined, chars: string) => t !== undefined && t.pos === 'PUNCT' && chars.includes(t.text);

/** The noun phrase that ends before `end`, walking left, extended over "between …"/"of …" to its head: its tokens. */
function subjectBefore(tokens: Token[], end: number): Token[] {
  let i = end - 1;
  while (i >= 0 && (tokens[i]!.pos === 'ADV' || tokens[i]!.pos === 'AUX' || tokens[i]!.lemma === 'not')) i--;
  if (tokens[i]?.lemma === 'to') return [];
  if (isPunct(tokens[i], ',')) {
    // "Putin, in turn, noted": step over a short parenthetical.
    for (let j = i - 1; j >= Math.max(0, i - 5); j--)
      if (isPunct(tokens[j], ',')) {
        i = j - 1;
        break;
      }
  }
  const stop = i + 1;
  for (;;) {
    while (i >= 0 && (NOUN_LIKE.has(tokens[i]!.pos) || (tokens[i]!.pos === 'PRON' && PERSONAL.has(tokens[i]!.lemma)))) i--;
    // "The videoconference between Putin and Xi": the names are inside a phrase that belongs to the head before it.
    const prep = tokens[i];
    if (prep && prep.pos === 'ADP' && i > 0 && NOUN_LIKE.has(tokens[i - 1]!.pos) && i + 1 < stop) {
      i--;
      continue;
    }
    break;
  }
  return tokens.slice(i + 1, stop);
}

/** Whether a noun phrase names a speaker: its head (before any "between …", "of …") is a name, an office, both sides or a personal pronoun. */
function namesSpeaker(phrase: Token[]): boolean {
  const cut = phrase.findIndex((t) => t.pos === 'ADP');
  const words = (cut >= 0 ? phrase.slice(0, cut) : phrase).filter((t) => t.pos !== 'DET' && t.pos !== 'PUNCT');
  const head = words.find((t) => t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'PRON');
  if (!head) return false;
  if (head.pos === 'PRON') return PERSONAL.has(head.lemma);
  if (head.pos === 'PROPN') return true;
  // "The Russian head of state", "the leaders": an office, or both sides.
  return PERSON_NOUNS.has(head.lemma);
}

/** The words of the attribution in a sentence ("Putin", "the Chinese leader", "The leaders"), or null when it attributes nothing. */
export function attributionSubject(sentence: string): string | null {
  const tokens = tokenize(sentence);
  const n = tokens.length;
  const phrase = (ts: Token[]) =>
    ts
      .map((t) => t.text)
      .join(' ')
      .replace(/ ([,.’'])/g, '$1');
  // "according to X", "as quoted by X" is the channel, not the speaker.
  for (let i = 0; i < n - 1; i++) {
    if (tokens[i]!.lemma === 'accord' || tokens[i]!.text.toLowerCase() === 'according') {
      if (tokens[i + 1]!.lemma !== 'to') continue;
      let j = i + 2;
      while (j < n && (NOUN_LIKE.has(tokens[j]!.pos) || (tokens[j]!.pos === 'PRON' && PERSONAL.has(tokens[j]!.lemma)))) j++;
      const np = tokens.slice(i + 2, j);
      if (namesSpeaker(np)) return phrase(np);
    }
  }
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !SPEECH.has(t.lemma)) continue;
    const prev = tokens[i - 1];
    if (prev && (prev.lemma === 'be' || (prev.pos === 'ADV' && tokens[i - 2]?.lemma === 'be'))) continue; // a passive: no speaker
    const next = tokens[i + 1];
    const closes = next === undefined || isPunct(next, '.,;!?"”’');
    if (TRAILING_ONLY.has(t.lemma) && !closes && next.lemma !== 'that') continue;
    const np = subjectBefore(tokens, i);
    if (namesSpeaker(np)) return phrase(np);
    // ", said Putin."
    if (closes || !next) continue;
    if (isPunct(prev, ',"”') && (next.pos === 'PROPN' || PERSON_NOUNS.has(next.lemma))) {
      let j = i + 1;
      while (j < n && NOUN_LIKE.has(tokens[j]!.pos)) j++;
      const after = tokens.slice(i + 1, j);
      if (namesSpeaker(after) && (j === n || isPunct(tokens[j], '.,;'))) return phrase(after);
    }
  }
  return null;
}

/** The spans of a text inside quotation marks: double ones, and single curly ones as British style prints them (‘…’, not the apostrophe in “Russia’s”). */
export function quoteSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  let single = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '‘' && (i === 0 || /[\s([{—–-]/.test(text[i - 1]!)) && single < 0) {
      single = i;
      continue;
    }
    if (ch === '’' && single >= 0 && !/\p{L}/u.test(text[i + 1] ?? '')) {
      spans.push([single, i + 1]);
      single = -1;
      continue;
    }
    let kind: 'open' | 'close' | null = null;
    if (ch === '“' || ch === '«' || ch === '„') kind = 'open';
    else if (ch === '”' || ch === '»') kind = 'close';
    else if (ch === '"') {
      const before = text[i - 1];
      const after = text[i + 1];
      const spaceBefore = before === undefined || /[\s([{—–-]/.test(before);
      const spaceAfter = after === undefined || /[\s.,;:!?)\]}]/.test(after);
      kind = spaceBefore && !spaceAfter ? 'open' : !spaceBefore && spaceAfter ? 'close' : open >= 0 ? 'close' : 'open';
    }
    if (kind === 'open' && open < 0) open = i;
    else if (kind === 'close') {
      // A closing mark with no opening one: the copy lost it, and the quote runs from the paragraph's start.
      spans.push([open >= 0 ? open : 0, i + 1]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, text.length]);
  return spans;
}

/** Share of the words of text[start, end) that stand inside quotation marks. */
function quotedShare(text: string, start: number, end: number): number {
  const spans = quoteSpans(text);
  let all = 0;
  let inside = 0;
  for (const m of text.slice(start, end).matchAll(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)) {
    const at = start + m.index;
    all++;
    if (spans.some(([a, b]) => at > a && at < b)) inside++;
  }
  return all === 0 ? 0 : inside / all;
}

/**
 * How one sentence, read alone, attributes its words: as `EventReader.classify`
 * does, without resolving "He" or "the Russian leader" to a name (the
 * speaker is the attribution's words as printed, or null for a pronoun).
 * For a sentence no curated statement holds ("What differs" reads the
 * aligner's groups with it).
 */
export function sentenceAttribution(sentence: string): Attribution {
  const share = quotedShare(sentence, 0, sentence.length);
  const printed = attributionSubject(sentence);
  if (printed === null) return share >= 0.5 ? { type: 'direct-quote', speaker: null } : { type: 'outlet-own-words', speaker: null };
  const speaker = PERSONAL.has(printed.toLowerCase()) ? null : printed.replace(/^(The|A|An|Both)\b/, (w) => w.toLowerCase());
  return { type: share >= 0.5 ? 'direct-quote' : 'reported-speech', speaker };
}

const capitalised = /^\p{Lu}[\p{L}'’.-]*$/u;

/** Reads one event's articles once, to resolve "He" and "the Russian leader" to a person, and to name people as the articles do. */
export class EventReader {
  private readonly units: ReturnType<typeof readEvent>['units'];
  private readonly people: People;
  private readonly names = new Map<string, string>();
  /** Person → the capitalised words printed just before their name ("German", "Chancellor" for "German Chancellor Anna Weber"). */
  private readonly before = new Map<string, Set<string>>();

  constructor(articles: readonly AlignArticle[]) {
    const { units, people } = readEvent(articles);
    this.units = units;
    this.people = people;
    // A person's name as printed: the longest run of capitalised words that all name that person ("Vladimir Putin").
    const counts = new Map<string, Map<string, number>>();
    for (const a of articles)
      for (const b of a.blocks) {
        const words = b.text.split(/[\s,;:()“”"]+/);
        for (let i = 0; i < words.length; i++) {
          const root = this.root(words[i]!);
          if (!root) continue;
          let j = i;
          while (j + 1 < words.length && this.root(words[j + 1]!) === root) j++;
          const name = words.slice(i, j + 1).join(' ');
          const titles = this.before.get(root) ?? new Set<string>();
          for (let k = i - 1; k >= Math.max(0, i - 4) && capitalised.test(words[k]!) && !this.root(words[k]!); k--)
            titles.add(words[k]!.toLowerCase());
          this.before.set(root, titles);
          const m = counts.get(root) ?? new Map<string, number>();
          m.set(name, (m.get(name) ?? 0) + 1);
          counts.set(root, m);
          i = j;
        }
      }
    for (const [root, m] of counts) {
      const best = [...m.entries()].sort((x, y) => y[0].split(' ').length - x[0].split(' ').length || y[1] - x[1])[0]!;
      this.names.set(root, best[0]);
    }
  }

  /** The person a capitalised word names in this event, or null. */
  private root(word: string): string | null {
    const w = word.replace(/['’]s$/, '').replace(/[.]$/, '');
    if (!capitalised.test(w)) return null;
    const lower = w.toLowerCase();
    if (!this.people.isName(lower)) return null;
    const s = this.people.resolve({ kind: 'mention', runs: [[lower]], modifiers: [], titles: [], joined: false }, null);
    return s.kind === 'named' ? (s.names[0] ?? null) : null;
  }

  private speakerName(speaker: Speaker, printed: string): string {
    if (speaker.kind === 'named') {
      const names = speaker.names.map((n) => this.names.get(n)).filter((n): n is string => n !== undefined);
      if (names.length > 0) return names.join(' and ');
    }
    // "the German leader": the one person the event's articles print as "German … <name>".
    const words = printed.split(/\s+/).filter((w, i) => capitalised.test(w) && !(i === 0 && /^(The|A|An)$/.test(w)));
    if (speaker.kind !== 'both' && words.length > 0) {
      const roots = new Set(words.map((w) => this.root(w)));
      if (roots.size === 1 && !roots.has(null)) return this.names.get([...roots][0]!) ?? printed;
      const fits = [...this.before].filter(([, titles]) => words.every((w) => titles.has(w.toLowerCase())));
      if (fits.length === 1) return this.names.get(fits[0]![0]) ?? printed;
    }
    return printed.replace(/^(The|A|An|Both)\b/, (w) => w.toLowerCase());
  }

  /** The speaker a sentence's attribution names, resolving "He"/"She" to the speaker of the nearest sentence before it that has one. */
  private speakerAt(index: number, printed: string, depth = 0): string {
    const unit = this.units[index]!;
    const name = this.speakerName(unit.speaker, printed);
    if (!/^(he|she)$/i.test(name) || depth > 3) return name;
    for (let i = index - 1; i >= 0 && this.units[i]!.article === unit.article; i--) {
      const before = attributionSubject(this.units[i]!.text);
      if (before !== null) return this.speakerAt(i, before, depth + 1);
    }
    return name;
  }

  /** How the words at [start, end) of one article's block are attributed. */
  classify(article: string, block: Pick<Block, 'id' | 'text'>, start: number, end: number): Attribution {
    const share = quotedShare(block.text, start, end);
    const sentences = splitSentences(block.text).filter((s) => s.end > start && s.start < end);
    for (const s of sentences) {
      const printed = attributionSubject(s.text);
      if (printed === null) continue;
      const index = this.units.findIndex((u) => u.article === article && u.paragraph === block.id && u.start === s.start);
      const speaker = index >= 0 ? this.speakerAt(index, printed) : printed;
      return { type: share >= 0.5 ? 'direct-quote' : 'reported-speech', speaker };
    }
    return share >= 0.5 ? { type: 'direct-quote', speaker: null } : { type: 'outlet-own-words', speaker: null };
  }
}
