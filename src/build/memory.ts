/** Resident memory of a process and all its descendants, from /proc (0 where /proc is not there). */
import { readFile } from 'node:fs/promises';

export async function treeRss(pid: number): Promise<number> {
  let total = 0;
  const visit = async (p: number) => {
    try {
      const status = await readFile(`/proc/${p}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
      const children = await readFile(`/proc/${p}/task/${p}/children`, 'utf8');
      for (const c of children.trim().split(/\s+/).filter(Boolean)) await visit(Number(c));
    } catch {
      // the process ended between two reads
    }
  };
  await visit(pid);
  return total;
}

/** Samples the memory of this process's tree while steps run, and keeps each step's peak. */
export class PeakMemory {
  readonly peaks: Record<string, number> = {};
  #step = '';
  #timer: NodeJS.Timeout;
  constructor(intervalMs = 200) {
    this.#timer = setInterval(() => {
      const step = this.#step;
      if (step) void treeRss(process.pid).then((rss) => (this.peaks[step] = Math.max(this.peaks[step] ?? 0, rss)));
    }, intervalMs);
    this.#timer.unref();
  }
  step(name: string): void {
    this.#step = name;
  }
  stop(): void {
    clearInterval(this.#timer);
  }
}
