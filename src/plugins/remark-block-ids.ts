import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { BlockIdError, assignBlockIds } from '../lib/blocks.ts';

/**
 * Gives every heading, paragraph and list item a stable id (see `lib/blocks.ts`),
 * and hands the blocks on in `file.data.astro.frontmatter.blocks`: Astro's
 * channel for data a remark plugin computes (an entry's
 * `rendered.metadata.frontmatter`), so src/data/content.ts need not parse the
 * Markdown again. Fails the file, with the line and the fix, when two blocks
 * would share an id.
 */
export default function remarkBlockIds() {
  return (tree: Root, file: VFile) => {
    try {
      const blocks = assignBlockIds(tree);
      const astro = file.data.astro ?? {};
      file.data.astro = { ...astro, frontmatter: { ...astro.frontmatter, blocks } };
    } catch (error) {
      if (error instanceof BlockIdError) file.fail(error.message, { place: { line: error.line, column: 1 }, ruleId: 'block-id', source: 'parallax' });
      throw error;
    }
  };
}
