import type { CheerioAPI } from 'cheerio';

/** One built page, as a check sees it. */
interface CheckedPage {
  /** Site path, for example `/outlets/tass/`. */
  route: string;
  $: CheerioAPI;
  /** The public address the site is built for, for example `https://parallax.example`. */
  site: string;
}

/** A check on one page: the problems it finds, each a sentence about the page ("has no <title>"). */
export type PageCheck = (page: CheckedPage) => string[];

/** A problem found on the site: the page, and what is wrong with it. */
export interface Problem {
  route: string;
  problem: string;
}
