import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { plainTextProblems } from '../lib/plain-text.ts';

/**
 * Articles are plain text copied from the web: refuses raw HTML, images and
 * links that are not web addresses, so nothing in a copy can run or load.
 */
export default function remarkPlainArticle() {
  return (tree: Root, file: VFile) => {
    const [problem] = plainTextProblems(tree);
    if (problem)
      file.fail(`line ${problem.line}: ${problem.message}`, {
        place: { line: problem.line, column: problem.column },
        ruleId: 'plain-article',
        source: 'parallax',
      });
  };
}
