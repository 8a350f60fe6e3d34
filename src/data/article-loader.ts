/**
 * The articles collection's loader: Astro's glob loader, unchanged (its ids,
 * its messages for a bad file, its reuse of unchanged entries, its watching in
 * the dev server), except that the content store keeps no article's HTML, only
 * that it rendered. Astro bundles the whole store into the build as one module
 * and parses it whole: at 10,000 articles the HTML was 85 of its 99 MB, held
 * several times over (as the module's source, the string it parses and the
 * objects it makes) for the whole build. Each article page renders its body
 * when it is written instead, with the same processor (content.ts).
 */
import { glob, type Loader } from 'astro/loaders';

type GlobOptions = Parameters<typeof glob>[0];
type Store = Parameters<Loader['load']>[0]['store'];
type StoredEntry = Parameters<Store['set']>[0];

/** What the store keeps of a rendering: that it succeeded (content.ts reads a missing `rendered` as a failed one). */
const RENDERED: NonNullable<StoredEntry['rendered']> = { html: '', metadata: {} };

export function articleLoader(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    ...inner,
    name: 'parallax-article-loader',
    load: (context) => {
      const { store } = context;
      const lean = new Proxy(store, {
        get(target, property) {
          if (property === 'set') return (entry: StoredEntry) => target.set(entry.rendered ? { ...entry, rendered: RENDERED } : entry);
          const value: unknown = Reflect.get(target, property);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return inner.load({ ...context, store: lean });
    },
  };
}
