/**
 * Synthetic corpora for the benchmark: as many articles as asked, spread over
 * √N outlets and N/√N events (each outlet covers each event once), each
 * article shaped like a real one (its paragraph count and lengths) and
 * written with sentences drawn from the real articles. Seeded, so a size
 * always gives the same corpus.
 */
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { articleBlocks, deriveId } from '../lib/blocks.ts';
import { sentenceSpans } from '../lib/patterns.ts';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusShape {
  articles: number;
  outlets: number;
  events: number;
}

export async function writeSyntheticCorpus(from: string, to: string, size: number, seed = 42): Promise<CorpusShape> {
  const random = prng(seed + size);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const files = (await readdir(path.join(from, 'articles'))).filter((f) => f.endsWith('.md'));
  const templates: number[][] = [];
  const sentences: string[] = [];
  for (const file of files) {
    const text = await readFile(path.join(from, 'articles', file), 'utf8');
    const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
    const paragraphs = articleBlocks(body).filter((b) => b.kind === 'paragraph');
    templates.push(paragraphs.map((p) => sentenceSpans(p.text).length));
    for (const p of paragraphs) for (const [a, b] of sentenceSpans(p.text)) sentences.push(p.text.slice(a, b));
  }
  const kinds = await Promise.all(
    (await readdir(path.join(from, 'outlets'))).map(
      async (f) => (parse(await readFile(path.join(from, 'outlets', f), 'utf8')) as { kind: string }).kind,
    ),
  );

  const outlets = Math.max(5, Math.round(Math.sqrt(size)));
  const events = Math.ceil(size / outlets);
  for (const dir of ['outlets', 'events', 'articles']) await mkdir(path.join(to, dir), { recursive: true });
  await cp(path.join(from, 'comparison'), path.join(to, 'comparison'), { recursive: true });
  // Curated statements name the real outlets: a synthetic corpus has none of its own.
  await writeFile(path.join(to, 'comparison/statements.yaml'), '[]\n');

  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  for (let o = 0; o < outlets; o++) {
    const id = `outlet-${pad(o, 4)}`;
    await writeFile(
      path.join(to, 'outlets', `${id}.yaml`),
      `name: Outlet ${o}\nkind: ${pick(kinds)}\ncountry: Country ${o % 40}\nhomepage: https://outlet-${o}.example/\ndescription: A synthetic outlet for the benchmark.\ndescriptionSource:\n  name: Parallax benchmark\n  url: https://bench.example/about\n`,
    );
  }
  const start = Date.UTC(2020, 0, 1);
  for (let e = 0; e < events; e++) {
    const date = new Date(start + e * 86_400_000 * 3).toISOString().slice(0, 10);
    await writeFile(
      path.join(to, 'events', `event-${pad(e, 5)}.yaml`),
      `title: Synthetic event ${e}\ndate: ${date}\ndescription: An event made up for the benchmark.\n`,
    );
  }
  for (let i = 0; i < size; i++) {
    const o = i % outlets;
    const e = Math.floor(i / outlets);
    const used = new Set<string>();
    const paragraphs = pick(templates).map((count) => {
      for (;;) {
        const text = Array.from({ length: Math.max(1, count) }, () => pick(sentences)).join(' ');
        const id = deriveId('paragraph', text);
        if (!used.has(id)) {
          used.add(id);
          return text;
        }
      }
    });
    const headline = pick(sentences)
      .split(/\s+/)
      .slice(0, 9)
      .join(' ')
      .replace(/[,.;:"“”]+$/, '');
    const date = new Date(start + e * 86_400_000 * 3).toISOString().slice(0, 10);
    await writeFile(
      path.join(to, 'articles', `a-${pad(i, 6)}.md`),
      `---\noutlet: outlet-${pad(o, 4)}\nevent: event-${pad(e, 5)}\nheadline: ${JSON.stringify(headline)}\npublished: ${date}\nurl: https://outlet-${o}.example/${i}\n---\n\n${paragraphs.join('\n\n')}\n`,
    );
  }
  return { articles: size, outlets, events };
}
