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
  const needles = words
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 1);
  const fold = (s: string) => s.toLowerCase().replace(/[‘’]/g, "'");
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = fold(node.nodeValue ?? '');
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
