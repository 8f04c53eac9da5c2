/**
 * Runs a Node script (Astro's or Pagefind's command line) on the Node that
 * runs this one, the pinned Node 24, and gives back what it printed.
 */
import { spawn } from 'node:child_process';

/** Resolves with the script's output when it exits with 0; rejects with `name`, the exit code and the output otherwise. */
export function runNode(name: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`${name} failed (exit ${code}):\n${output}`))));
  });
}
