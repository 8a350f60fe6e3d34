/**
 * Imports one saved news page as an article copy: finds the article, writes
 * content/articles/<id>.md with the frontmatter the page states (and, for a
 * new outlet, a stub content/outlets/<id>.yaml), checks both with the build's
 * own schemas and text rules, and returns a report of what was taken, what
 * was left out and what the editor must still check or fill.
 *
 * A page that cannot give a copy (not HTML, no article, too short) and an
 * existing copy without `force` stop with one ImportError line, before
 * anything is written.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isProbablyReaderable } from '@mozilla/readability';
import { z } from 'astro/zod';
import { parseHTML } from 'linkedom';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { articleBlocks, articleLength, BlockIdError, parseMarkdown } from '../lib/blocks.ts';
import { plainTextProblems } from '../lib/plain-text.ts';
import { impossibleDates } from '../lib/raw-dates.ts';
import { articleSchema } from '../schemas/article.ts';
import { outletSchema } from '../schemas/outlet.ts';
import { shown } from '../build/failure.ts';
import { extractArticle } from './extract.ts';
import { readMetadata, type Found } from './metadata.ts';
import { decodePage, ImportError } from './page.ts';
import { survey, type LeftOut } from './survey.ts';

export { ImportError };

export interface ImportOptions {
  /** The saved page. */
  page: string;
  outlet: string;
  event: string;
  /** Replace an existing copy of this outlet's article on this event. */
  force?: boolean;
  /** The content folder (content/, or PARALLAX_CONTENT). */
  contentRoot: string;
  /** The project root: files in messages are shown relative to it. */
  root: string;
  /** The capture date, YYYY-MM-DD; today (local time) when not given. */
  captured?: string;
}

export interface ImportResult {
  /** The copy written. */
  article: string;
  /** The outlet stub written, when the outlet had no YAML. */
  outletStub?: string;
  paragraphs: number;
  words: number;
  headings: number;
  /** Where each frontmatter value came from, or why it is missing. */
  sources: string[];
  warnings: string[];
  leftOut: LeftOut[];
  /** Fields of the outlet stub the editor must fill, as the build reports them. */
  toFill: string[];
  /** What the build would refuse in the files written, in the build's words. */
  problems: string[];
}

/** How few sentences make a page not an article (a teaser, a paywalled stub, a photo page). */
const MIN_SENTENCES = 3;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const exists = (file: string) =>
  readFile(file).then(
    () => true,
    () => false,
  );

/** A YAML value for frontmatter, quoted wherever a YAML 1.1 reader (Astro's) would read it as something other than text. */
const scalar = (value: string) => stringifyYaml(value, { schema: 'yaml-1.1', lineWidth: 0 }).trimEnd();
/** A date as the copies write it: a day plain, a date and time quoted (unquoted, YAML would drop its offset). */
const dateScalar = (value: string) => (value.length > 10 ? `"${value}"` : value);

/** The article file an import writes: the copy of this outlet's article on this event if there is one, else a new id. */
async function target(articles: string, outlet: string, event: string): Promise<string> {
  const names = (await readdir(articles).catch(() => [] as string[])).filter((n) => n.endsWith('.md')).sort();
  for (const name of names) {
    const text = await readFile(path.join(articles, name), 'utf8');
    const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
    let data: unknown;
    try {
      data = front ? parseYaml(front) : undefined;
    } catch {
      continue;
    }
    const fields = data as { outlet?: unknown; event?: unknown } | undefined;
    if (fields?.outlet === outlet && fields.event === event) return path.join(articles, name);
  }
  // An outlet's first article is <outlet>.md; each further one, <outlet>-<event>.md (an outlet has one article per event).
  const first = path.join(articles, `${outlet}.md`);
  return (await exists(first)) ? path.join(articles, `${outlet}-${event}.md`) : first;
}

/** The texts of a tree's blocks (headings, paragraphs), as a reader of the rendered page gets them. */
function blockTexts(tree: Root): string[] {
  const texts: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'heading' || node.type === 'paragraph') texts.push(toString(node));
    else if ('children' in node) (node.children as Nodes[]).forEach(walk);
  };
  walk(tree);
  return texts;
}

/** Whether `a` comes before `b` in the page (linkedom's compareDocumentPosition gets some of these wrong). */
function precedes(document: Document, a: Element, b: Element): boolean {
  const all = [...document.querySelectorAll('*')];
  return all.indexOf(a) < all.indexOf(b);
}

/**
 * Whether the page prints `summary` as a block of its own before the
 * article's first paragraph (a standfirst Readability left out), outside
 * menus, asides and lists.
 */
function printedAbove(document: Document, summary: string, firstParagraph: string): boolean {
  const same = (e: Element, text: string) => (e.textContent ?? '').replace(/\s+/g, ' ').trim() === text;
  const first = [...document.querySelectorAll('p')].find((p) => same(p, firstParagraph));
  if (!first) return false;
  return [...document.querySelectorAll('body p, body h2, body h3, body div, body span')].some(
    (e) => same(e, summary) && !e.closest('nav, aside, footer, li, [role="navigation"], [role="complementary"]') && precedes(document, e, first),
  );
}

/**
 * The line above the article that prints its byline with a date or time
 * ("Newsline Desk | Beijing | Updated: 04-02-2026 16:41 IST"), as printed:
 * the innermost such block before the first paragraph, outside menus and lists.
 */
function creditLine(document: Document, byline: string, firstParagraph: string): string | undefined {
  const text = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim();
  const first = [...document.querySelectorAll('p')].find((p) => text(p) === firstParagraph);
  if (!first) return undefined;
  const lower = byline.toLowerCase();
  const candidates = [...document.querySelectorAll('body div, body p, body span, body header')].filter((e) => {
    const line = text(e).toLowerCase();
    return (
      (line.startsWith(lower) || line.startsWith(`by ${lower}`)) &&
      line.length > lower.length &&
      line.length <= 240 &&
      /\d/.test(line) &&
      !e.closest('nav, aside, footer, li, [role="navigation"], [role="complementary"]') &&
      precedes(document, e, first)
    );
  });
  const innermost = candidates.find((c) => !candidates.some((d) => d !== c && c.contains(d)));
  return innermost ? text(innermost) : undefined;
}

/** A schema's issues as the build prints them: "file: field: message" (list items counted from 1). */
function issueLines(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.map((p, i) => (typeof p === 'number' ? `, item ${p + 1}` : `${i ? '.' : ''}${String(p)}`)).join('');
    return `${file}: ${field || 'file'}: ${issue.message}`;
  });
}

export async function importPage(options: ImportOptions): Promise<ImportResult> {
  const { contentRoot, root } = options;
  const at = (file: string) => shown(file, root);
  if (!ID.test(options.outlet)) {
    throw new ImportError(`--outlet "${options.outlet}": is not an outlet id: write it in lower case with hyphens, for example example-times`);
  }
  // The event must exist: the build refuses an article on an unknown event, with this message.
  const eventsDir = path.join(contentRoot, 'events');
  const events = (await readdir(eventsDir).catch(() => [] as string[])).filter((n) => /\.ya?ml$/.test(n)).map((n) => n.replace(/\.ya?ml$/, ''));
  if (!events.includes(options.event)) {
    throw new ImportError(
      `--event "${options.event}": is not an event: use one of ${events.sort().join(', ') || '(none yet)'}, or add ${at(path.join(eventsDir, `${options.event}.yaml`))}`,
    );
  }

  const articleFile = await target(path.join(contentRoot, 'articles'), options.outlet, options.event);
  if (!options.force && (await exists(articleFile))) {
    throw new ImportError(
      `${at(articleFile)}: already holds ${options.outlet}'s article on ${options.event}: nothing was written; pass --force to replace it with this import`,
    );
  }

  const page = at(options.page);
  const bytes = await readFile(options.page).catch((error: NodeJS.ErrnoException) => {
    throw new ImportError(
      error.code === 'ENOENT'
        ? `${page}: does not exist: give the path of the page saved from the browser`
        : error.code === 'EISDIR'
          ? `${page}: is a folder: give the .html file saved from the browser`
          : `${page}: cannot be read (${error.code}): check the file's permissions`,
    );
  });
  const html = decodePage(bytes, page);
  const document = parseHTML(html).document as unknown as Document;
  const metadata = readMetadata(document);
  // A page that neither says it is an article nor reads like one (a home page, a section front) has none,
  // whatever block of teasers Readability would still pick.
  const extracted =
    metadata.declaresArticle || isProbablyReaderable(document)
      ? extractArticle(html, { headline: metadata.headline?.value, description: metadata.description?.value })
      : undefined;
  if (!extracted) {
    throw new ImportError(
      `${page}: has no article: no block of article text was found on it (a home page, a section front, a video or photo page?): save the article's own page`,
    );
  }

  // Too short to be the article: a teaser, a paywalled stub, a photo page.
  const texts = blockTexts(extracted.tree);
  const segmenter = new Intl.Segmenter(metadata.language?.value ?? 'en', { granularity: 'sentence' });
  const sentences = texts.flatMap((t) => [...segmenter.segment(t)].filter((s) => /[\p{L}\p{N}]/u.test(s.segment)));
  if (sentences.length < MIN_SENTENCES) {
    throw new ImportError(
      `${page}: the article found is too short (${sentences.length} sentence${sentences.length === 1 ? '' : 's'}): a copy needs at least ${MIN_SENTENCES}; check that the saved page shows the whole article, not a teaser or a paywall`,
    );
  }

  // The Markdown must give back exactly the text taken (escapes and all).
  const body = extracted.markdown;
  const back = blockTexts(parseMarkdown(body));
  const differs = texts.findIndex((t, i) => back[i] !== t);
  if (differs !== -1 || back.length !== texts.length) {
    const i = differs === -1 ? Math.min(texts.length, back.length) : differs;
    throw new ImportError(
      `${page}: block ${i + 1} would not read back as printed ("${(texts[i] ?? '').slice(0, 60)}"): nothing was written; this is a fault of the importer, please report it with the page`,
    );
  }

  // Frontmatter: what the page states, in the order the copies use.
  const captured = options.captured ?? today();
  const fields: [string, string][] = [
    ['outlet', options.outlet],
    ['event', options.event],
  ];
  const sources: string[] = [];
  const take = (key: string, found: Found | undefined, write: (v: string) => string = scalar) => {
    if (!found) return;
    fields.push([key, write(found.value)]);
    sources.push(`${key}: ${found.source}`);
  };
  take('headline', metadata.headline);
  if (extracted.standfirst && metadata.description) {
    fields.push(['standfirst', scalar(extracted.standfirst)]);
    sources.push(`standfirst: the article's first block, which is word for word the page's ${metadata.description.source}`);
  } else if (metadata.description && printedAbove(document, metadata.description.value, texts[0] ?? '')) {
    fields.push(['standfirst', scalar(metadata.description.value)]);
    sources.push(`standfirst: printed above the article, word for word the page's ${metadata.description.source}`);
  }
  take('byline', metadata.byline);
  const credit = metadata.byline ? creditLine(document, metadata.byline.value, texts[0] ?? '') : undefined;
  if (credit) {
    fields.push(['creditLine', scalar(credit)]);
    sources.push('creditLine: the line above the article that prints the byline with a date, as printed');
  }
  if (metadata.published) take('published', metadata.published, dateScalar);
  else fields.push(['published', 'undated']);
  take('updated', metadata.updated, dateScalar);
  take('captured', { value: captured, source: options.captured ? 'as given' : 'today' }, dateScalar);
  take('url', metadata.url);
  take('language', metadata.language);
  sources.push(...metadata.notes);
  const front = fields.map(([k, v]) => `${k}: ${v}`).join('\n');
  const text = `---\n${front}\n---\n\n${body}`;
  const lineOffset = front.split('\n').length + 3;

  // The build's checks, with the build's messages.
  const problems: string[] = [];
  const articleAt = at(articleFile);
  const data = parseYaml(front, { schema: 'yaml-1.1' }) as unknown;
  const parsed = articleSchema(() => z.string()).safeParse(data);
  if (!parsed.success) problems.push(...issueLines(articleAt, parsed.error));
  for (const p of impossibleDates(text, ['published', 'updated', 'captured'])) problems.push(`${articleAt}: ${p.field}: ${p.message}`);
  const tree = parseMarkdown(body);
  for (const p of plainTextProblems(tree)) problems.push(`${articleAt}: body: line ${p.line + lineOffset}: ${p.message}`);
  let length = { words: 0, paragraphs: 0 };
  let headings = 0;
  try {
    const blocks = articleBlocks(tree, lineOffset);
    length = articleLength(blocks);
    headings = blocks.filter((b) => b.kind === 'heading').length;
  } catch (error) {
    if (!(error instanceof BlockIdError)) throw error;
    problems.push(`${articleAt}: body: ${error.message}`);
  }

  // The outlet: its YAML if it has one, else a stub from what the page says about the site.
  const outletsDir = path.join(contentRoot, 'outlets');
  const outletFile = (await exists(path.join(outletsDir, `${options.outlet}.yml`)))
    ? path.join(outletsDir, `${options.outlet}.yml`)
    : path.join(outletsDir, `${options.outlet}.yaml`);
  let stub: string | undefined;
  const toFill: string[] = [];
  if (!(await exists(outletFile))) {
    stub = outletStub(metadata);
    const result = outletSchema.safeParse(parseYaml(stub) ?? {});
    if (!result.success) toFill.push(...issueLines(at(outletFile), result.error));
  } else {
    const result = outletSchema.safeParse(parseYaml(await readFile(outletFile, 'utf8')) ?? {});
    if (!result.success) problems.push(...issueLines(at(outletFile), result.error));
  }

  const leftOut = survey(
    document,
    `${fields.map(([, v]) => v).join('\n')}\n${metadata.headline?.value ?? ''}\n${metadata.byline?.value ?? ''}\n${texts.join('\n')}`,
    texts.join('\n'),
    metadata.language?.value,
  );

  await mkdir(path.dirname(articleFile), { recursive: true });
  await writeFile(articleFile, text);
  if (stub !== undefined) {
    await mkdir(outletsDir, { recursive: true });
    await writeFile(outletFile, stub);
  }
  return {
    article: articleFile,
    ...(stub !== undefined && { outletStub: outletFile }),
    paragraphs: length.paragraphs,
    words: length.words,
    headings,
    sources,
    warnings: metadata.warnings,
    leftOut,
    toFill,
    problems,
  };
}

/**
 * A new outlet's YAML: its name (og:site_name), home page (the article's
 * origin) and language from the page; the fields only an editor can write,
 * with a source, as comments, so the build refuses the file until they are.
 */
export function outletStub(metadata: { siteName?: Found; url?: Found; language?: Found }): string {
  const lines: string[] = [];
  if (metadata.siteName) lines.push(`name: ${scalar(metadata.siteName.value)}`);
  if (metadata.url) lines.push(`homepage: ${scalar(`${new URL(metadata.url.value).origin}/`)}`);
  if (metadata.language) lines.push(`language: ${scalar(metadata.language.value)}`);
  lines.push(
    '# Written by npm run import: the build refuses this file until the fields below are filled in.',
    ...(metadata.siteName ? [] : ['# name: the outlet name, as it writes it']),
    ...(metadata.url ? [] : ['# homepage: https://… (the outlet home page)']),
    '# kind: what kind of outlet, lower case (state news agency, online newspaper, news aggregator, analysis site…)',
    '# country: the country it is based in, or Not stated',
    '# description: one neutral sentence saying who the outlet is',
    '# descriptionSource:',
    '#   name: where the description comes from, for example Wikipedia, "The Example Times"',
    '#   url: https://… (the address of that source)',
  );
  return `${lines.join('\n')}\n`;
}

/** The report printed after an import. */
export function report(result: ImportResult, root: string): string {
  const at = (file: string) => shown(file, root);
  const out: string[] = [];
  out.push(`Wrote ${at(result.article)}: ${result.paragraphs} paragraphs, ${result.words} words, ${result.headings} subheadings.`);
  out.push('', 'Frontmatter, from the page:');
  for (const s of result.sources) out.push(`  ${s}`);
  if (result.warnings.length) {
    out.push('', 'Check:');
    for (const w of result.warnings) out.push(`  ${w}`);
  }
  const outside = result.leftOut.filter((l) => !l.inArticle);
  const inside = result.leftOut.filter((l) => l.inArticle);
  out.push('', `Left out, around the article (${outside.length} block${outside.length === 1 ? '' : 's'}):`);
  for (const l of outside) out.push(`  ${l.label}: ${l.words} word${l.words === 1 ? '' : 's'}`);
  if (inside.length) {
    out.push('', "Not in the copy, inside the article's part of the page: check each against the page:");
    for (const l of inside) {
      out.push(`  ${l.label}:`);
      for (const s of l.sentences) out.push(`    "${s.length > 200 ? `${s.slice(0, 199)}…` : s}"`);
    }
  } else out.push('', "Every sentence of the article's part of the page is in the copy.");
  if (result.outletStub) {
    out.push('', `Wrote ${at(result.outletStub)}, a stub for the new outlet. Fill in, before building:`);
    for (const f of result.toFill) out.push(`  ${f}`);
  }
  if (result.problems.length) {
    out.push('', 'The build will refuse this until you fix:');
    for (const p of result.problems) out.push(`  ${p}`);
  } else if (!result.outletStub || result.toFill.length === 0) out.push('', "The copy passes the build's checks.");
  return out.join('\n');
}
