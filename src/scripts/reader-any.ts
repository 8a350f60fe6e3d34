/**
 * The reader in the browser, on /events/<event>/read/ for an event with more
 * outlets than reader pages are prerendered for (lib/reader/pairs.ts): reads
 * /data/reader/<event>.json, lines up the two chosen outlets with the same
 * code as the build (lib/reader/rows.ts, diff.ts) and draws the rows in
 * ReaderView.astro's markup, so reader.css applies. The address holds the
 * pair (?a=&b=: lib/reader/address.ts), so a copied link reopens it.
 * Bundled on its own (src/data/reader-any.ts), loaded by those pages only.
 */
import type { ReaderData, ReaderDataOutlet } from '../data/reader-any.ts';
import { articlePath, paragraphPath } from '../lib/paths.ts';
import type { Piece } from '../lib/reader/diff.ts';
import { pairFromSearch, pairSearch } from '../lib/reader/address.ts';
import { readerRows, type Row, type Sentence, type Side } from '../lib/reader/rows.ts';
import './reader.ts';

/** An element with a class and children (strings become text). */
function el(tag: string, attrs: Record<string, string | undefined>, ...children: (Node | string | false | undefined)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) node.setAttribute(k, v);
  for (const c of children) if (c !== false && c !== undefined) node.append(c);
  return node;
}

/** One sentence, as ReaderSentence.astro draws it. */
function sentence(s: Sentence, outlet: ReaderDataOutlet, pieces?: Piece[]): HTMLElement {
  const page = articlePath(s.outlet, s.article, s.article === outlet.primary);
  const shown = s.number === 0 ? 'standfirst' : `¶${s.number}`;
  // The name starts with what the link shows (WCAG 2.5.3, label in name), then says whose paragraph it is.
  const label = s.number === 0 ? `standfirst: ${outlet.name}` : `${shown}: ${outlet.name}, paragraph ${s.number}`;
  const text = pieces ? pieces.map((p) => (p.marked ? el('mark', {}, p.text) : p.text)) : [s.text];
  return el(
    'p',
    { class: 's' },
    el('span', { class: 'visually-hidden' }, `${outlet.name}: `),
    ...text,
    ' ',
    el('a', { class: 'p', href: paragraphPath(s.outlet, s.paragraph, { page }), 'aria-label': label }, shown),
  );
}

/** The reader for outlet a beside outlet b, as ReaderView.astro draws it. */
function view(a: ReaderDataOutlet, b: ReaderDataOutlet, rows: Row[]): HTMLElement {
  const side = { a, b };
  const other = (s: Side): Side => (s === 'a' ? 'b' : 'a');
  const numberOf = new Map(rows.map((r, i) => [r.id, i + 1]));
  const sides = ['a', 'b'] as const;
  const radio = (s: Side) => {
    const input = el('input', { type: 'radio', name: 'reader-show', value: s }) as HTMLInputElement;
    input.checked = s === 'a';
    return el('label', {}, input, ` ${side[s].name}`);
  };
  const list = el(
    'ol',
    { class: 'rows' },
    ...rows.map((r, i) => {
      const cells =
        r.kind === 'pair'
          ? [
              r.label ? el('p', { class: 'label' }, r.label) : undefined,
              el('div', { class: 'c a' }, sentence(r.a, a, r.pieces.a)),
              el('div', { class: 'c b' }, sentence(r.b, b, r.pieces.b)),
            ]
          : [
              el(
                'div',
                { class: `c ${r.side}` },
                r.kind === 'only'
                  ? el('p', { class: 'tag' }, `Only in ${side[r.side].name}`)
                  : el(
                      'p',
                      { class: 'tag' },
                      `Also reported by ${side[other(r.side)].name}: see `,
                      el('a', { href: `#${r.across}` }, `row ${numberOf.get(r.across)}`),
                    ),
                sentence(r.sentence, side[r.side]),
              ),
            ];
      return el(
        'li',
        { id: r.id, class: `row ${r.kind}`, 'data-side': r.kind === 'pair' ? undefined : r.side },
        el('a', { class: 'n', href: `#${r.id}`, 'aria-label': `Row ${i + 1}` }, String(i + 1)),
        ...cells,
      );
    }),
  );
  return el(
    'div',
    { class: 'reader', 'data-show': 'a' },
    el('fieldset', { class: 'switch' }, el('legend', {}, 'Outlet shown'), ' ', radio('a'), ' ', radio('b')),
    el('div', { class: 'heads', 'aria-hidden': 'true' }, ...sides.map((s) => el('p', { class: `h ${s}` }, side[s].name))),
    list,
  );
}

const section = document.querySelector<HTMLElement>('.reader-any');
const form = section?.querySelector('form');
const out = section?.querySelector('.reader-any-out');
if (section && form && out) {
  section.hidden = false;
  const status = form.querySelector('.status')!;
  const select = (name: Side) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  const ids = [...select('a').options].map((o) => o.value);
  let data: Promise<ReaderData> | undefined;

  const show = async (pair: [string, string] | undefined) => {
    if (!pair) {
      out.replaceChildren();
      return;
    }
    select('a').value = pair[0];
    select('b').value = pair[1];
    status.textContent = 'Lining up the two articles…';
    try {
      data ??= fetch(section.dataset['data']!).then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<ReaderData>;
      });
      const { outlets, groups } = await data;
      const [a, b] = pair.map((id) => outlets.find((o) => o.id === id)!) as [ReaderDataOutlet, ReaderDataOutlet];
      const rows = readerRows(a.articles, b.articles, groups);
      out.replaceChildren(el('h2', { tabindex: '-1' }, `${a.name} and ${b.name}, sentence by sentence`), view(a, b, rows));
      status.textContent = `${a.name} and ${b.name}: ${rows.length} rows.`;
    } catch {
      data = undefined;
      status.textContent = 'The articles could not be loaded; reload the page to try again.';
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const pair = pairFromSearch(pairSearch(select('a').value, select('b').value), ids);
    if (!pair) {
      status.textContent = 'Choose two different outlets.';
      return;
    }
    history.pushState(null, '', pairSearch(...pair));
    void show(pair).then(() => out.querySelector<HTMLElement>('h2')?.focus());
  });
  addEventListener('popstate', () => void show(pairFromSearch(location.search, ids)));
  void show(pairFromSearch(location.search, ids)).then(() => {
    // A link to a row of the pair: scroll to it once it is drawn.
    if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  });
}
