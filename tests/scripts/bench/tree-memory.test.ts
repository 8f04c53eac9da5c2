/**
 * The bench's peak memory counts a process and its descendants together
 * (Node and Pagefind at once), not only the largest of them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { treeResidentKB, watchTreeMemory } from '../../../scripts/bench/tree-memory.ts';

const MB = 1024;
// A Node process that fills `mb` MB of memory, says so, and waits.
const holder = (mb: number) => `const b = Buffer.alloc(${mb} * 2 ** 20, 1); console.log('ready'); setInterval(() => b[0]++, 1000);`;

let children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children) {
    try {
      process.kill(-child.pid!, 'SIGKILL'); // the shell and its children
    } catch {
      // already gone
    }
  }
  children = [];
});

/** A shell whose two Node children each hold `mb` MB, once both are ready. */
async function shellHolding(mb: number): Promise<ChildProcess> {
  const node = JSON.stringify(process.execPath);
  const script = JSON.stringify(holder(mb));
  const shell = spawn('sh', ['-c', `${node} -e ${script} & ${node} -e ${script} & wait`], { detached: true });
  children.push(shell);
  let ready = 0;
  shell.stdout!.on('data', (d: Buffer) => (ready += d.toString().split('ready').length - 1));
  while (ready < 2) await once(shell.stdout!, 'data');
  return shell;
}

describe.runIf(process.platform === 'linux')('tree memory', () => {
  it('adds up every process descending from the one given', async () => {
    const shell = await shellHolding(100);
    const kb = treeResidentKB(shell.pid!);
    expect(kb).toBeGreaterThan(200 * MB);
    expect(kb).toBeLessThan(600 * MB);
  });

  it('keeps the peak seen while sampling', async () => {
    const shell = await shellHolding(80);
    const watch = watchTreeMemory(shell.pid!, 20);
    await new Promise((resolve) => setTimeout(resolve, 200));
    process.kill(-shell.pid!, 'SIGKILL');
    expect(watch.stop()).toBeGreaterThan(160);
  });

  it('counts nothing for a process that has gone', () => {
    expect(treeResidentKB(2 ** 22 + 1)).toBe(0);
  });
});
