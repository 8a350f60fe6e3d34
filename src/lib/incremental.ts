/**
 * What an edition writes into the built site, and the manifest an
 * incremental build keeps beside it (src/data/incremental.ts decides which
 * editions are rendered, src/build/incremental.ts copies the others).
 */
import { articlePath, dataPath, eventDataPath, eventPath, shareCard, shareImagePath } from './paths.ts';

/** Where the manifest lives in the built site (a dotfile folder: never served, precached or indexed). */
export const MANIFEST_FILE = '.parallax/editions.json';

export interface EditionManifest {
  version: 1;
  /** Per edition: the key of everything its files depend on, and those files. */
  editions: Record<string, { key: string; files: string[] }>;
  /** The editions this build did not render, to be copied from the last one. */
  reused: string[];
}

/** `/events/x/` → `events/x/`: a site path as a path in the site folder (a trailing slash: a whole folder). */
const inSite = (sitePath: string) => sitePath.replace(/^\//, '');

/**
 * The files and folders (ending in /) only this edition's routes write: its pages (edition, reader, rows), its data
 * (comparison, tables, reader data, statement groups), its share cards, and its articles' own pages (`pages`: those
 * that are not an outlet's primary article, which lives on the outlet's page).
 */
export function editionOutputs(event: string, pages: readonly { outlet: string; article: string }[]): string[] {
  return [
    inSite(eventPath(event)),
    inSite(eventDataPath(event, '')),
    inSite(dataPath(`statements/${event}/`)),
    inSite(dataPath(`reader/${event}.json`)),
    inSite(shareImagePath(shareCard.event(event))),
    `${inSite(shareImagePath(shareCard.event(event))).replace(/\.png$/, '')}/`,
    ...pages.map((p) => inSite(articlePath(p.outlet, p.article))),
  ];
}
