/**
 * Renders many entries (render.ts) for Astro's loader: on worker threads,
 * one per CPU, in batches, since rendering Markdown is most of the work of
 * loading 10,000 entries and the loader runs on one thread. A small batch
 * (a file saved in the dev server) is done on this thread. This module
 * loads no Markdown code itself, so `npm run build` can start the workers
 * early without waiting for it.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ThemeDefinition } from '../themes.ts';
import type { EntryText, RenderedEntry } from './render.ts';

/** Below this many entries, starting workers costs more than it saves. */
const POOL_THRESHOLD = 200;
/** Entries sent to a worker at a time: fewer messages, no idle worker. */
const BATCH = 50;

/** One batch to a worker; a worker that fails (even while starting) rejects, rather than ending the process. */
function ask(worker: Worker, batch: EntryText[]): Promise<RenderedEntry[]> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { rendered?: RenderedEntry[]; error?: string }) => {
      worker.off('error', onError);
      if (message.error) reject(new Error(message.error));
      else resolve(message.rendered!);
    };
    const onError = (error: Error) => {
      worker.off('message', onMessage);
      reject(error);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.postMessage(batch);
  });
}

const startWorkers = (themes: ThemeDefinition[]) =>
  Array.from({ length: Math.max(1, availableParallelism()) }, () => new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { themes } }));

const STARTED = Symbol.for('improvement-journeys.render-workers');
type Started = { themes: string; workers: Worker[]; failed: boolean };

/**
 * Starts the workers before Astro's loader asks for them: a worker takes
 * about a third of a second to load the pipeline, and `npm run build` can
 * start them while Astro sets itself up on the other thread
 * (docs/BENCHMARKS.md). `renderAll` takes them, in this process, for the
 * same themes; left untaken (nothing to render), they do not keep the
 * process alive.
 */
export function startRenderWorkers(themes: ThemeDefinition[], entries: number): void {
  if (entries < POOL_THRESHOLD) return;
  const started: Started = { themes: JSON.stringify(themes), workers: startWorkers(themes), failed: false };
  for (const worker of started.workers) {
    worker.unref();
    // Failing before it is taken, a worker is started again by renderAll, which reports the error.
    worker.once('error', () => (started.failed = true));
  }
  (globalThis as Record<symbol, Started | undefined>)[STARTED] = started;
}

/** The workers `startRenderWorkers` started for these themes, once; else new ones. */
function takeWorkers(themes: ThemeDefinition[]): Worker[] {
  const store = globalThis as Record<symbol, Started | undefined>;
  const started = store[STARTED];
  delete store[STARTED];
  if (started && !started.failed && started.themes === JSON.stringify(themes)) {
    for (const worker of started.workers) worker.ref();
    return started.workers;
  }
  for (const worker of started?.workers ?? []) void worker.terminate();
  return startWorkers(themes);
}

/**
 * Renders every entry, in parallel when there are many, and calls `done`
 * with each result (in any order). Resolves when all are done.
 */
export async function renderAll<T>(
  items: T[],
  textOf: (item: T) => EntryText,
  themes: ThemeDefinition[],
  done: (item: T, rendered: RenderedEntry) => void | Promise<void>,
): Promise<void> {
  if (items.length < POOL_THRESHOLD) {
    const { createRenderer } = await import('./render.ts');
    const render = await createRenderer(themes);
    for (const item of items) await done(item, await render(textOf(item)));
    return;
  }
  const workers = takeWorkers(themes);
  try {
    let next = 0;
    await Promise.all(
      workers.map(async (worker) => {
        while (next < items.length) {
          const batch = items.slice(next, next + BATCH);
          next += batch.length;
          const rendered = await ask(worker, batch.map(textOf));
          for (const [i, item] of batch.entries()) await done(item, rendered[i]);
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
