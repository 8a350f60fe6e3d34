import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { BlockIdError, assignBlockIds } from '../lib/blocks.ts';

/**
 * Gives every heading, paragraph and list item a stable id (see `lib/blocks.ts`).
 * Fails the file, with the line and the fix, when two blocks would share one.
 */
export default function remarkBlockIds() {
  return (tree: Root, file: VFile) => {
    try {
      const blocks = assignBlockIds(tree);
      file.data['blocks'] = blocks;
    } catch (error) {
      if (error instanceof BlockIdError) file.fail(error.message, { place: { line: error.line, column: 1 }, ruleId: 'block-id', source: 'parallax' });
      throw error;
    }
  };
}
