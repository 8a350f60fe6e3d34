/**
 * Share cards (Open Graph and Twitter images), drawn at build time from a
 * page's own data: satori lays out the text (wrapping, fonts) as SVG, resvg
 * turns it into a PNG. Fonts are Source Serif 4 and Source Sans 3 from
 * @fontsource (Latin, Latin Extended and Cyrillic), read from node_modules,
 * so the build needs no network.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { COLOURS, SITE_NAME } from './consts.ts';
import { clip } from './format.ts';

const SHARE_WIDTH = 1200;
const SHARE_HEIGHT = 630;

export interface ShareCard {
  /** Small line at the top: "State news agency · Russia". */
  kicker: string;
  /** The big line: the outlet's name, or the page's subject. */
  title: string;
  /** Under it: the headline, in the outlet's words (or marked as supplied). */
  text: string;
  /** A note under the text, such as "Headline supplied by Parallax". */
  note?: string;
  /** Bottom line: the event. */
  footer: string;
}

type FontWeight = 400 | 600 | 700;
interface FontSpec {
  name: string;
  data: Buffer;
  weight: FontWeight;
  style: 'normal';
}

const require = createRequire(import.meta.url);
let fonts: Promise<FontSpec[]> | undefined;

function loadFonts(): Promise<FontSpec[]> {
  const files: [string, string, FontWeight][] = [];
  for (const subset of ['latin', 'latin-ext', 'cyrillic']) {
    files.push(['Serif', `@fontsource/source-serif-4/files/source-serif-4-${subset}-700-normal.woff`, 700]);
    files.push(['Sans', `@fontsource/source-sans-3/files/source-sans-3-${subset}-400-normal.woff`, 400]);
    files.push(['Sans', `@fontsource/source-sans-3/files/source-sans-3-${subset}-600-normal.woff`, 600]);
  }
  fonts ??= Promise.all(
    files.map(async ([name, file, weight]) => ({ name, data: await readFile(require.resolve(file)), weight, style: 'normal' as const })),
  );
  return fonts;
}

type Node = { type: string; props: Record<string, unknown> & { children?: Node | Node[] | string | undefined } };
const h = (type: string, style: Record<string, unknown>, children?: Node | Node[] | string): Node => ({ type, props: { style, children } });

/** The card as a 1200 × 630 PNG. */
export async function renderShareImage(card: ShareCard): Promise<Uint8Array<ArrayBuffer>> {
  const inner = SHARE_WIDTH - 2 * 72;
  const block = (style: Record<string, unknown>, text: string) => h('div', { display: 'flex', flexWrap: 'wrap', width: inner, ...style }, text);
  const bar = h('div', { width: 8, height: 34, background: COLOURS.accent, borderRadius: 2 });
  const tree = h(
    'div',
    // Satori sizes the content box: subtract the padding and the top border.
    {
      width: inner,
      height: SHARE_HEIGHT - 48 - 44 - 18,
      display: 'flex',
      flexDirection: 'column',
      background: COLOURS.background,
      color: COLOURS.text,
      padding: '48px 72px 44px',
      fontFamily: 'Sans',
      borderTop: `18px solid ${COLOURS.accent}`,
    },
    [
      h(
        'div',
        { display: 'flex', justifyContent: 'space-between', alignItems: 'center', width: inner, fontSize: 30, color: COLOURS.muted, fontWeight: 600 },
        [
          h('div', { display: 'flex' }, clip(card.kicker, 60)),
          h('div', { display: 'flex', alignItems: 'center', color: COLOURS.accent, fontFamily: 'Serif', fontWeight: 700, fontSize: 36 }, [
            bar,
            h('div', { width: 6 }),
            bar,
            h('div', { display: 'flex', marginLeft: 14 }, SITE_NAME),
          ]),
        ],
      ),
      block({ marginTop: 26, fontFamily: 'Serif', fontWeight: 700, fontSize: 72, lineHeight: 1.05 }, clip(card.title, 48)),
      block({ marginTop: 22, fontFamily: 'Serif', fontWeight: 700, fontSize: 42, lineHeight: 1.22, color: '#2d2b27' }, clip(card.text, 140)),
      ...(card.note ? [block({ marginTop: 12, fontSize: 28, color: COLOURS.muted }, card.note)] : []),
      h('div', { display: 'flex', flexGrow: 1, minHeight: 8 }),
      h(
        'div',
        { display: 'flex', width: inner, fontSize: 30, color: COLOURS.muted, borderTop: `2px solid ${COLOURS.rule}`, paddingTop: 18, flexShrink: 0 },
        clip(card.footer, 80),
      ),
    ],
  );
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: SHARE_WIDTH, height: SHARE_HEIGHT, fonts: await loadFonts() });
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: SHARE_WIDTH }, font: { loadSystemFonts: false } }).render().asPng());
}

/** A square PNG icon from an SVG (the favicon), for the web manifest and home screens. */
export function renderIcon(svg: string, size: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array(new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng());
}
