import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import rehypeBlockAnchors from '../../src/plugins/rehype-block-anchors.ts';
import remarkBlockIds from '../../src/plugins/remark-block-ids.ts';
import remarkDemoteHeadings from '../../src/plugins/remark-demote-headings.ts';
import remarkPlainArticle from '../../src/plugins/remark-plain-article.ts';

const fixtures = fileURLToPath(new URL('../fixtures/plugins/', import.meta.url));

/** The same chain as astro.config.mjs, minus Astro's own steps. */
const processor = unified()
  .use(remarkParse)
  .use(remarkPlainArticle)
  .use(remarkBlockIds)
  .use(remarkDemoteHeadings, { top: 3 })
  .use(remarkRehype)
  .use(rehypeBlockAnchors)
  .use(rehypeStringify);

// Each folder holds input.md and either output.html (the HTML it must give) or error.txt (the message it must fail with).
describe.each(readdirSync(fixtures).sort())('plugins on fixture %s', (name) => {
  const dir = path.join(fixtures, name);
  const input = readFileSync(path.join(dir, 'input.md'), 'utf8');
  const files = readdirSync(dir);

  if (files.includes('error.txt')) {
    it('fails with the expected message, naming the file and line', async () => {
      const file = new VFile({ path: `content/articles/${name}.md`, value: input });
      await expect(processor.process(file)).rejects.toThrow(readFileSync(path.join(dir, 'error.txt'), 'utf8').trim());
    });
  } else {
    it('renders the expected HTML', async () => {
      const html = String(await processor.process(new VFile({ path: `${name}.md`, value: input })));
      await expect(html).toMatchFileSnapshot(path.join(dir, 'output.html'));
    });
  }
});

describe('remarkDemoteHeadings', () => {
  it('leaves articles whose headings already sit low enough', async () => {
    const html = String(
      await unified().use(remarkParse).use(remarkDemoteHeadings, { top: 2 }).use(remarkRehype).use(rehypeStringify).process('### Low\n'),
    );
    expect(html).toBe('<h3>Low</h3>');
  });
});
