/**
 * Quote folding: the one rule by which curly and straight quote marks, all
 * dashes and odd spaces count as the same character. Used by phrase matching
 * (patterns.ts), shared wording and search, and by the browser's highlight
 * script, so it is pure and tiny. The result has the input's length, so an
 * offset found in the folded text indexes the original.
 */
export function fold(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u02BC]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
}
