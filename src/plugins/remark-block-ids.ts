import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { BlockIdError, assignBlockIds } from '../lib/blocks.ts';

/**
 * Gives every heading, paragraph and list item a stable id (see `lib/blocks.ts`).
 * Fails the file, with the line and the fix, when two blocks would share an id.
 *
 * The blocks themselves are not handed on in the entry's
 * `rendered.metadata.frontmatter`: Astro bundles its whole content store into
 * the build as one module, so a copy of every article's text there cost memory
 * several times over (at 10,000 articles, 62 MB of JSON). src/data/content.ts
 * parses each body again instead (1.4 ms an article).
 */
export default function remarkBlockIds() {
  return (tree: Root, file: VFile) => {
    try {
      assignBlockIds(tree);
    } catch (error) {
      if (error instanceof BlockIdError) file.fail(error.message, { place: { line: error.line, column: 1 }, ruleId: 'block-id', source: 'parallax' });
      throw error;
    }
  };
}
