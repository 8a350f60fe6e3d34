/**
 * The aligner's cost on a content folder, measured on its own (no Astro):
 * `node src/build/bench-align.ts <content-dir>` prints one JSON line with
 * the time to read the articles and to align them, the process's peak
 * resident memory, and what came out. `npm run bench` runs it on each
 * synthetic corpus; `npm run bench:align` on synthetic corpora of
 * BENCH_SIZES articles (default 1,000 and 10,000) without building them.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { align, MAX_OUTLETS, MAX_SENTENCES } from '../lib/align/align.ts';
import { readArticles, readStatements } from './alignment-input.ts';
import { writeSyntheticCorpus } from './synthetic.ts';

export interface AlignmentCost {
  articles: number;
  events: number;
  /** Most outlets on one event. */
  outletsPerEvent: number;
  ms: number;
  /** Peak resident memory of the process that aligned, bytes. */
  peak: number;
  groups: number;
  members: number;
}

const self = fileURLToPath(import.meta.url);

/** Runs the measurement in a fresh process, so its peak memory is the aligner's alone. */
export function measureAlignment(content: string): Promise<AlignmentCost> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [self, content], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out) as AlignmentCost) : reject(new Error(`aligning ${content} failed (exit ${code})`)),
    );
  });
}

function measureHere(content: string): AlignmentCost {
  const started = performance.now();
  const articles = readArticles(content);
  const result = align(articles, readStatements(content));
  const ms = performance.now() - started;
  const outlets = new Map<string, Set<string>>();
  for (const a of articles) outlets.set(a.event, (outlets.get(a.event) ?? new Set()).add(a.outlet));
  const groups = result.events.flatMap((e) => e.groups);
  return {
    articles: articles.length,
    events: outlets.size,
    outletsPerEvent: Math.max(...[...outlets.values()].map((o) => o.size)),
    ms,
    peak: process.resourceUsage().maxRSS * 1024,
    groups: groups.length,
    members: groups.reduce((n, g) => n + g.members.length, 0),
  };
}

if (process.argv[1] === self) {
  const dir = process.argv[2];
  if (dir) {
    process.stdout.write(`${JSON.stringify(measureHere(path.resolve(dir)))}\n`);
  } else {
    const root = path.resolve(self, '../../..');
    const sizes = (process.env['BENCH_SIZES'] || '1000,10000').split(',').map(Number);
    console.log(`Limits: ${MAX_OUTLETS} outlets per event, ${MAX_SENTENCES} sentences per article.\n`);
    console.log('| articles (outlets × events) | align | per article | peak memory | groups | sentences grouped |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const size of sizes) {
      const content = await mkdtemp(path.join(tmpdir(), `parallax-align-${size}-`));
      try {
        const shape = await writeSyntheticCorpus(path.join(root, 'content'), content, size);
        const c = await measureAlignment(content);
        console.log(
          `| ${size} (${shape.outlets} × ${shape.events}) | ${(c.ms / 1000).toFixed(1)} s | ${(c.ms / size).toFixed(1)} ms | ${(c.peak / 2 ** 20).toFixed(0)} MiB | ${c.groups} | ${c.members} |`,
        );
      } finally {
        await rm(content, { recursive: true, force: true });
      }
    }
  }
}
