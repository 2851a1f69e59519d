import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Measured {
  seconds: number;
  peakRssBytes: number;
  /** Peak resident memory of each labelled part of the process tree (see `measure`). */
  peakRssBy: Record<string, number>;
  code: number;
  output: string;
}

/**
 * Runs a command and samples the resident memory of it and all its descendants from /proc
 * every 50 ms: the peak is what the machine had to hold, child processes included. `label`
 * names a process by its command line (null: its parent's label), so that stages running at
 * the same time in different processes get a peak each.
 */
export function measure(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}, label: (cmdline: string) => string | null = () => null): Promise<Measured> {
  // The gigabyte the previous stage wrote is flushed first, so that its writeback does not
  // slow down this stage.
  spawnSync('sync');
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peak = 0;
    const peakBy: Record<string, number> = {};
    const timer = setInterval(() => {
      const by = treeRss(child.pid!, label);
      peak = Math.max(peak, Object.values(by).reduce((a, b) => a + b, 0));
      for (const [k, v] of Object.entries(by)) peakBy[k] = Math.max(peakBy[k] ?? 0, v);
    }, 50);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ seconds: Number(process.hrtime.bigint() - start) / 1e9, peakRssBytes: peak, peakRssBy: peakBy, code: code ?? 1, output });
    });
  });
}

function treeRss(root: number, label: (cmdline: string) => string | null): Record<string, number> {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      rss.set(Number(name), Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  const by: Record<string, number> = {};
  const stack: [number, string][] = [[root, 'main']];
  while (stack.length) {
    const [pid, inherited] = stack.pop()!;
    let own = inherited;
    try {
      own = label(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')) ?? inherited;
    } catch {
      // Ended meanwhile.
    }
    by[own] = (by[own] ?? 0) + (rss.get(pid) ?? 0);
    for (const c of children.get(pid) ?? []) stack.push([c, own]);
  }
  return by;
}

export function dirStats(dir: string, filter: (path: string) => boolean = () => true): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (filter(p)) {
        files++;
        bytes += st.size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

export const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
export const gib = (b: number) => `${(b / 2 ** 30).toFixed(2)} GiB`;
