/**
 * The little every page runs, kept to a few hundred bytes:
 * - "/" focuses the search box (unless the reader is typing somewhere);
 * - ?highlight=… marks those words in the article, with the CSS Custom
 *   Highlight API (no change to the page's text, nothing to undo);
 * - a paragraph's or a comparison row's own link also copies its address,
 *   with a visible, announced confirmation (the link works without this);
 * - the service worker that keeps the site readable and searchable offline, and
 *   a notice with a reload button when it has a newer build than the page shows.
 */
// "?site": bundled into this inline script, not shared with the search page's (see inline-imports.d.ts).
import { fold } from '../lib/fold.ts?site';

addEventListener('keydown', (e) => {
  const t = e.target as HTMLElement;
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
  const box = document.querySelector<HTMLInputElement>('[data-search-input], #search-q');
  if (box) {
    e.preventDefault();
    box.focus();
  }
});

// Bounds on what an address can ask for: "th " 3,000 times once made 111,000 ranges and a 76 s load.
// Ten distinct words, each marked at most 200 times in the article, are more than any search result needs.
const MAX_TERMS = 10;
const MAX_PER_TERM = 200;
const words = new URLSearchParams(location.search).get('highlight');
const body = document.querySelector('.article-body');
if (words && body && 'highlights' in CSS) {
  // Folded like the text, so a curly apostrophe in either matches a straight one in the other.
  const key = (s: string) => fold(s.toLowerCase());
  const needles = [
    ...new Set(
      key(words)
        .split(/\s+/)
        .filter((w) => w.length > 1),
    ),
  ].slice(0, MAX_TERMS);
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  const texts = nodes.map((node) => key(node.data));
  const ranges: Range[] = [];
  for (const needle of needles) {
    let marked = 0;
    texts.forEach((text, i) => {
      for (let at = text.indexOf(needle); at >= 0 && marked < MAX_PER_TERM; at = text.indexOf(needle, at + needle.length), marked++) {
        const range = new Range();
        range.setStart(nodes[i]!, at);
        range.setEnd(nodes[i]!, at + needle.length);
        ranges.push(range);
      }
    });
  }
  CSS.highlights.set('search', new Highlight(...ranges));
}

const toast = document.getElementById('toast');
let hide: ReturnType<typeof setTimeout> | undefined;
addEventListener('click', (e) => {
  const link = (e.target as Element).closest?.<HTMLAnchorElement>('a.block-link, a.row-link');
  if (!link || !toast || !navigator.clipboard) return;
  navigator.clipboard.writeText(link.href).then(
    () => {
      toast.textContent = 'Link copied to the clipboard';
      clearTimeout(hide);
      hide = setTimeout(() => (toast.textContent = ''), 4000);
    },
    () => undefined,
  );
});

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  const sw = navigator.serviceWorker;
  // A tab left open checks for a new build when the reader comes back to it.
  addEventListener('load', () =>
    sw.register('/sw.js').then(
      (r) => addEventListener('visibilitychange', () => document.hidden || r.update().catch(() => 0)),
      () => 0,
    ),
  );
  // The worker takes over as soon as it has a new build (skipWaiting, clientsClaim). A page that was already under a
  // worker then shows the old build: say so, in one notice, with a button to reload. The first install says nothing.
  let controlled = sw.controller;
  sw.addEventListener('controllerchange', () => {
    const reload = document.getElementById('update-reload')!;
    if (controlled) {
      document.getElementById('update-status')!.textContent = 'A newer edition of Parallax is available.';
      reload.hidden = false;
      reload.onclick = () => location.reload();
    }
    controlled = sw.controller;
  });
}
