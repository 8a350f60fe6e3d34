/**
 * The little every page runs, kept to a few hundred bytes:
 * - "/" focuses the search box (unless the reader is typing somewhere);
 * - ?highlight=… marks those words in the article, with the CSS Custom
 *   Highlight API (no change to the page's text, nothing to undo);
 * - a paragraph's or a comparison row's own link also copies its address,
 *   with a visible, announced confirmation (the link works without this);
 * - the service worker that keeps the site readable and searchable offline.
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

const words = new URLSearchParams(location.search).get('highlight');
const body = document.querySelector('.article-body');
if (words && body && 'highlights' in CSS) {
  // Folded like the text, so a curly apostrophe in either matches a straight one in the other.
  const needles = fold(words.toLowerCase())
    .split(/\s+/)
    .filter((w) => w.length > 1);
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = fold((node.nodeValue ?? '').toLowerCase());
    for (const needle of needles) {
      for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
        const range = new Range();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        ranges.push(range);
      }
    }
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
  addEventListener('load', () => void navigator.serviceWorker.register('/sw.js').catch(() => undefined));
}
