/**
 * The site's identity, in one place: its name, the colours its manifest,
 * share cards and browser chrome use, its default public address, and the
 * limits a reader meets. Pure constants: pages, build scripts and browser
 * scripts all import them. (src/styles/tokens.css holds the same colours as
 * CSS custom properties; a unit test keeps the two in step.)
 */

/** The site's name, as its title, header, manifest and share cards print it. */
export const SITE_NAME = 'Parallax';

/** One line saying what the site is (manifest name, default share card). */
export const SITE_TAGLINE = 'news coverage side by side';

/** The public address canonical links use when PARALLAX_SITE is not set. */
export const DEFAULT_SITE_URL = 'https://parallax.example';

/** Brand colours (the light theme's): the accent of links and buttons, and the page background. */
export const COLOURS = {
  accent: '#1d4f91',
  background: '#fdfcfa',
  text: '#1c1b19',
  muted: '#5b5850',
  rule: '#d9d5cc',
} as const;

/**
 * The one language of the search index (Pagefind's forceLanguage: the pages'
 * UI is English, whatever an article's language), so its WebAssembly's name
 * is known before the index exists and the search page can preload it.
 */
export const SEARCH_LANGUAGE = 'en';

/** A search query is cut to this many characters (the search page says so). */
export const MAX_QUERY_LENGTH = 300;
