/**
 * The vocabulary of reported speech, one list for the two readers of it: the
 * sentence aligner's voice and speaker (align/features.ts) and the attribution
 * of an outlet's words (comparison/attribution.ts). Lemmas as wink-nlp gives
 * them, lower case.
 */

/** Verbs that report what someone said or thought, or attribute a position to their subject. */
export const SPEECH_VERBS: readonly string[] = (
  'say note state add stress emphasize highlight underline underscore acknowledge laud praise assure call express ' +
  'confirm declare conclude tell reaffirm affirm reiterate insist argue claim warn urge announce mention observe remark comment ' +
  'explain describe assess pledge vow welcome recall suggest propose voice thank congratulate quote cite report characterize ' +
  'point continue'
).split(' ');

/** Speech verbs that attribute only at the end of a sentence (", Putin continued."), not in the middle ("continue to develop"). */
export const TRAILING_ONLY: ReadonlySet<string> = new Set(['continue', 'add', 'point']);
