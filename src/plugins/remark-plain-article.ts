import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

const SAFE_LINK = /^(https?:|mailto:|#)/i;

/**
 * Articles are plain text copied from the web: refuses raw HTML, images and
 * links that are not web addresses, so nothing in a copy can run or load.
 */
export default function remarkPlainArticle() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      const line = node.position?.start.line ?? 0;
      const place = { line, column: node.position?.start.column ?? 1 };
      const fail = (message: string) => file.fail(`line ${line}: ${message}`, { place, ruleId: 'plain-article', source: 'parallax' });
      if (node.type === 'html') {
        fail(`raw HTML (${JSON.stringify(node.value.slice(0, 40))}) is not allowed in an article: articles are plain text; remove the tag and keep only the words`);
      }
      if (node.type === 'image' || node.type === 'imageReference') {
        fail('images are not allowed in an article copy: remove the image and keep its caption as text if the article printed one');
      }
      if (node.type === 'link' && !SAFE_LINK.test(node.url.trim())) {
        fail(`the link "${node.url.slice(0, 60)}" is not a web address: use an https:// link, or remove the link and keep its text`);
      }
    });
  };
}
