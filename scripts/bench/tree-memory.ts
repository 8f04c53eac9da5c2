/**
 * The peak memory of a process and all its descendants at once, sampled
 * from /proc (Linux only). GNU time's figure is the largest single process,
 * which hides two processes at their peaks together: Node and Pagefind did
 * that at 10,000 entries (docs/BENCHMARKS.md).
 */
import { readFileSync, readdirSync } from 'node:fs';

/** Resident memory in kB of `pid` and every process descending from it. */
export function treeResidentKB(pid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    // The parent is the second field after the command, which is in parentheses and may hold spaces.
    const parent = Number(stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (parent) children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  let total = 0;
  for (const stack = [pid]; stack.length; ) {
    const next = stack.pop()!;
    total += Number(/^VmRSS:\s+(\d+)/m.exec(read(`/proc/${next}/status`) ?? '')?.[1] ?? 0);
    stack.push(...(children.get(next) ?? []));
  }
  return total;
}

/** Samples `pid`'s tree every `everyMs` until `stop()`, which gives the peak in MB (undefined off Linux). */
export function watchTreeMemory(pid: number, everyMs = 250): { stop(): number | undefined } {
  if (process.platform !== 'linux') return { stop: () => undefined };
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeResidentKB(pid))), everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak / 1024;
    },
  };
}

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
}
