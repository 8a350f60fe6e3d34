/**
 * What an article copy may not contain: it is plain text from the web, so
 * raw HTML, images and links that are not web addresses are refused (nothing
 * in a copy can run or load anything). Shared by the Markdown plugin and the
 * data checks, which stop the build: Astro only logs a plugin's failure.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const SAFE_LINK = /^(https?:|mailto:|#)/i;

export interface TextProblem {
  line: number;
  column: number;
  message: string;
}

export function plainTextProblems(tree: Root): TextProblem[] {
  const problems: TextProblem[] = [];
  visit(tree, (node) => {
    const at = { line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 1 };
    if (node.type === 'html') {
      problems.push({
        ...at,
        message: `raw HTML (${JSON.stringify(node.value.slice(0, 40))}) is not allowed in an article: articles are plain text; remove the tag and keep only the words`,
      });
    } else if (node.type === 'image' || node.type === 'imageReference') {
      problems.push({
        ...at,
        message: 'images are not allowed in an article copy: remove the image and keep its caption as text if the article printed one',
      });
    } else if (node.type === 'link' && !SAFE_LINK.test(node.url.trim())) {
      problems.push({
        ...at,
        message: `the link "${node.url.slice(0, 60)}" is not a web address: use an https:// link, or remove the link and keep its text`,
      });
    }
  });
  return problems;
}
