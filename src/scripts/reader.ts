/**
 * The reader's switch on narrow screens: which outlet's column is shown.
 * Without this script the radio buttons switch by CSS alone (:has), and the
 * page may move under the reader; with it, the row at the top of the screen
 * (or the nearest one still shown) stays where it was.
 */
document.documentElement.dataset['readerJs'] = '';
// A browser that restored the form on going back shows what its radio says.
for (const reader of document.querySelectorAll<HTMLElement>('.reader')) {
  const shown = reader.querySelector<HTMLInputElement>('input[name="reader-show"]:checked')?.value ?? 'a';
  if (reader.dataset['show'] !== shown) reader.dataset['show'] = shown;
}
document.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  const reader = input.closest<HTMLElement>('.reader');
  if (input.name !== 'reader-show' || !reader) return;
  const bar = reader.querySelector('.switch');
  const leaving = reader.dataset['show'];
  const top = bar ? bar.getBoundingClientRect().bottom : 0;
  const rows = [...reader.querySelectorAll<HTMLElement>('.row')].filter((r) => r.offsetParent !== null);
  // The row in view: the first that starts below the bar (else the one the bar cuts, when a row fills the screen).
  let first = rows.findIndex((r) => r.getBoundingClientRect().top >= top - 1);
  if (first < 0 || rows[first]!.getBoundingClientRect().top > innerHeight) first = rows.findIndex((r) => r.getBoundingClientRect().bottom > top);
  // A row of the outlet being hidden alone goes; the nearest row after it (else before it) that stays is kept in place.
  const stays = (r: HTMLElement) => r.dataset['side'] !== leaving;
  const anchor = first < 0 ? undefined : (rows.slice(first).find(stays) ?? rows.slice(0, first).reverse().find(stays));
  const before = anchor?.getBoundingClientRect().top;
  reader.dataset['show'] = input.value;
  if (!anchor || before === undefined) return;
  // At once, not smoothly (the site scrolls smoothly to anchors); and again on the next frame, in case the browser
  // scrolled the newly focused radio button into view meanwhile (reader.css asks it not to).
  const keep = () => window.scrollBy({ top: anchor.getBoundingClientRect().top - before, behavior: 'instant' });
  keep();
  requestAnimationFrame(keep);
});
