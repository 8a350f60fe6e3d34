/**
 * The little every page runs, kept to a few hundred bytes:
 * - "/" focuses the search box (unless the reader is typing somewhere);
 * - ?highlight=… marks those whole words in the article, with the CSS Custom
 *   Highlight API (no change to the page's text, nothing to undo);
 * - a paragraph's or a comparison row's own link also copies its address,
 *   without ?highlight=, with a visible, announced confirmation (the link works without this);
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

// Bounds on what an address can ask for: "th " 3,000 times once made 111,000 ranges and a 76 s load.
// Ten distinct words, each marked at most 200 times in the article, are more than any search result needs.
const MAX_TERMS = 10;
const MAX_PER_TERM = 200;
const words = new URLSearchParams(location.search).get('highlight');
const body = document.querySelector('.article-body');
// Every browser with the Highlight API has Intl.Segmenter.
if (words && body && 'highlights' in CSS) {
  // Whole words only, with the bounds Unicode draws for every script (Chinese and Thai put no spaces between words):
  // "is" marks "is", never the middle of "his". Compared as a collator does at its base strength, ignoring
  // punctuation: case, accents and curly or straight apostrophes do not matter.
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  const same = new Intl.Collator(undefined, { sensitivity: 'base', ignorePunctuation: true }).compare;
  const split = (s: string) => [...segmenter.segment(s)].filter((w) => w.isWordLike);
  // Each word asked for, with how many more times it may be marked.
  const left = new Map([...new Set(split(words.toLowerCase()).map((w) => w.segment))].slice(0, MAX_TERMS).map((w) => [w, MAX_PER_TERM]));
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const { segment, index } of split((node as Text).data)) {
      for (const [word, n] of left) {
        if (n && !same(word, segment)) {
          left.set(word, n - 1);
          const range = new Range();
          range.setStart(node, index);
          range.setEnd(node, index + segment.length);
          ranges.push(range);
          break;
        }
      }
    }
  }
  CSS.highlights.set('search', new Highlight(...ranges));
}

const toast = document.getElementById('toast');
// Where a click also copies, the paragraph links say so: "¶3: copy the link to paragraph 3", and "Copy link" on hover.
if (navigator.clipboard) for (const a of document.querySelectorAll('.block-link')) a.ariaLabel = a.ariaLabel!.replace(': link', ': copy the link');
let hide: ReturnType<typeof setTimeout> | undefined;
addEventListener('click', (e) => {
  const link = (e.target as Element).closest?.<HTMLAnchorElement>('a.block-link, a.row-link');
  if (!link || !toast || !navigator.clipboard) return;
  // The address without ?highlight=: words searched for by one reader are not what the link's receiver asked for.
  const url = new URL(link.href);
  url.searchParams.delete('highlight');
  navigator.clipboard.writeText(url.href).then(
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
