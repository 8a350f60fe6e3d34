import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

export interface Options {
  /** The level an article's top heading should have on the page (the page owns h1 and h2). Default 3. */
  top?: number;
}

/**
 * Shifts an article's own subheadings below the page's headings, keeping
 * their relative levels, so editors write `##` as the article did.
 */
export default function remarkDemoteHeadings(options: Options = {}) {
  const top = options.top ?? 3;
  return (tree: Root) => {
    let min = 7;
    visit(tree, 'heading', (node) => {
      min = Math.min(min, node.depth);
    });
    if (min > 6 || min >= top) return;
    const shift = top - min;
    visit(tree, 'heading', (node) => {
      node.depth = Math.min(6, node.depth + shift) as typeof node.depth;
    });
  };
}
