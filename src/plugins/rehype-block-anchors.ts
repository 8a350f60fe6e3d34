import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';

/**
 * Adds a visible "link to this paragraph" anchor to every block that
 * `remark-block-ids` numbered. The anchor works without JavaScript; search
 * ignores it so its label never shows up in results.
 */
export default function rehypeBlockAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const kind = node.properties['dataBlock'];
      const id = node.properties['id'];
      if (typeof kind !== 'string' || typeof id !== 'string') return;
      const number = node.properties['dataNumber'];
      const shown = kind === 'heading' ? '§' : `¶${String(number)}`;
      // The name starts with what the link shows (WCAG 2.5.3, label in name), so "click ¶3" works for voice control.
      const label = kind === 'heading' ? `${shown}: link to section “${toString(node).trim()}”` : `${shown}: link to paragraph ${String(number)}`;
      node.children.push(
        { type: 'text', value: ' ' },
        // The label is the link's name rather than hidden text, so a text browser shows "¶3" alone
        // instead of running "¶3Link to paragraph 3" into the paragraph.
        h('a', { className: ['block-link'], href: `#${id}`, ariaLabel: label, dataPagefindIgnore: 'all' }, shown),
      );
    });
  };
}
