/**
 * site.ts, the script every page inlines, imports the pure modules it shares
 * with the search page's script with "?site". Vite takes that as a module of
 * its own, so the code is bundled into site.ts's script rather than into a
 * chunk both scripts load, and the script stays inline: no request before
 * the reader interacts (tests/build/budgets.test.ts). The source is one file.
 */
declare module '*/fold.ts?site' {
  export const fold: typeof import('../lib/fold.ts').fold;
}
