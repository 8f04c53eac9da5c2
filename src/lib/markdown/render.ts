/**
 * Renders entry bodies with Astro's unified processor and the entry
 * pipeline, and finds the themes each entry raises. For a large batch,
 * worker threads share the work with this one, in batches: rendering
 * Markdown is most of the work of loading 10,000 entries, and Astro's
 * loader runs on one thread. A small batch (a file saved in the dev server)
 * is done here alone.
 */
import { createMarkdownProcessor, type MarkdownHeading } from '@astrojs/markdown-remark';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { TOO_DEEP } from '../content/deep-nesting.ts';
import { displayPath, type Problem } from '../content/problems.ts';
import { compileThemes, type DetectedTheme, type ThemeDefinition } from '../themes.ts';
import { entryMarkdownOptions, entryMarkdownOptionsParsedNatively, markdownBuildSettings } from './pipeline.ts';
import type { EntrySections } from './rehype-entry-sections.ts';
import { parsesNatively } from './remark-native-parse.ts';

export interface EntryText {
  title: string;
  summary: string;
  /** The Markdown below the front-matter. */
  body: string;
}

export interface RenderedEntry {
  html: string;
  headings: MarkdownHeading[];
  sections: EntrySections;
  /** Themes whose phrases the title, summary or body contain, with the sentences. */
  detected: DetectedTheme[];
}

export type RenderEntry = (entry: EntryText) => Promise<RenderedEntry>;

/**
 * The text an entry is rendered and searched for themes from. An imported
 * entry's title and summary are made by the import from Ofsted's names for
 * what was judged ("SLAC inspection of looked after children"), not from
 * findings, so they raise no theme; text an officer adds to it still can.
 */
export function textToRender(data: { title: string; summary: string; imported?: string }, body: string): EntryText {
  return data.imported ? { title: '', summary: '', body } : { title: data.title, summary: data.summary, body };
}

/** A renderer on this thread: the one each worker runs, too. */
export async function createRenderer(themes: ThemeDefinition[]): Promise<RenderEntry> {
  const [parsedNatively, full] = await Promise.all(
    [entryMarkdownOptionsParsedNatively, entryMarkdownOptions].map((options) => createMarkdownProcessor({ ...options, ...markdownBuildSettings })),
  );
  const matcher = compileThemes(themes);
  return async ({ title, summary, body }) => {
    const processor = parsesNatively(body) ? parsedNatively : full;
    const { code, metadata } = await processor.render(body, { frontmatter: {} });
    const textBlocks: string[] = metadata.frontmatter.textBlocks ?? [];
    return {
      html: code,
      headings: metadata.headings,
      sections: metadata.frontmatter.entrySections ?? {},
      detected: matcher.detect([title, summary, ...textBlocks]),
    };
  };
}

/** Why an entry's text could not be rendered: `stackOverflow` when it is nested too deeply for the pipeline's recursion. */
export interface RenderFailure {
  message: string;
  stackOverflow: boolean;
}

export function renderFailure(error: unknown): RenderFailure {
  const message = error instanceof Error ? error.message : String(error);
  return { message, stackOverflow: error instanceof RangeError && /call stack/i.test(message) };
}

/**
 * The problem an officer is shown for an entry whose text could not be
 * rendered, on the text's first line: the check refuses text nested too
 * deeply on its own line (deep-nesting.ts), so this is for what it missed.
 */
export function unrenderable(entry: { file: string; bodyLine: number }, failure: RenderFailure): Problem {
  const message = failure.stackOverflow
    ? TOO_DEEP
    : `could not be turned into a page: ${failure.message} (allowed: this is a fault in the site rather than in the file; please report it, with the file)`;
  return { file: displayPath(entry.file), line: entry.bodyLine, field: 'text', message };
}

/** What a worker answers a batch with: every entry rendered, or the first that failed (its index in the batch) and why. */
type WorkerAnswer = { rendered: RenderedEntry[] } | { failed: RenderFailure & { at: number } };

/** Below this many entries, starting workers costs more than it saves. */
const POOL_THRESHOLD = 200;
/** Entries sent to a worker at a time: fewer messages, no idle worker. */
const BATCH = 50;

/**
 * Sends batches to a worker and answers each with its rendered entries, or
 * the entry that failed, in order: a worker answers its batches in the order
 * it got them. A worker that fails (even while starting) rejects what it was
 * asked, rather than ending the process.
 */
function askerFor(worker: Worker): (batch: EntryText[]) => Promise<WorkerAnswer> {
  const waiting: { resolve: (answer: WorkerAnswer) => void; reject: (error: Error) => void }[] = [];
  worker.on('message', (answer: WorkerAnswer) => waiting.shift()!.resolve(answer));
  worker.on('error', (error: Error) => {
    for (const asked of waiting.splice(0)) asked.reject(error);
  });
  return (batch) =>
    new Promise((resolve, reject) => {
      waiting.push({ resolve, reject });
      worker.postMessage(batch);
    });
}

/**
 * Renders every entry and calls `done` with each result (in any order).
 * Resolves when all are done; rejects with what `failed` makes of the first
 * entry that could not be rendered. With many entries, worker threads render
 * beside this one, one fewer than the CPUs: this thread would otherwise
 * only wait for them, and each worker first spends a third of a second
 * loading the pipeline this thread has loaded already.
 */
export async function renderAll<T>(
  items: T[],
  textOf: (item: T) => EntryText,
  themes: ThemeDefinition[],
  done: (item: T, rendered: RenderedEntry) => void | Promise<void>,
  failed: (item: T, failure: RenderFailure) => Error,
): Promise<void> {
  const render = await createRenderer(themes);
  const workers =
    items.length < POOL_THRESHOLD
      ? []
      : Array.from({ length: availableParallelism() - 1 }, () => new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { themes } }));
  let next = 0;
  const take = (count: number) => {
    const taken = items.slice(next, next + count);
    next += taken.length;
    return taken;
  };
  const here = async () => {
    while (next < items.length) {
      const [item] = take(1);
      const rendered = await render(textOf(item)).catch((error: unknown) => {
        throw failed(item, renderFailure(error));
      });
      await done(item, rendered);
      // Between entries, let the workers' answers in, so that they are given their next batch.
      if (workers.length) await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const inWorker = async (worker: Worker) => {
    const ask = askerFor(worker);
    // Two batches in flight: the worker renders the next while this thread, rendering too, takes in the last.
    const asked: { batch: T[]; answer: Promise<WorkerAnswer> }[] = [];
    const send = () => {
      const batch = take(BATCH);
      if (!batch.length) return;
      const answer = ask(batch.map(textOf));
      // Awaited below; should an earlier batch fail first, this one is not, and must not end the process.
      answer.catch(() => {});
      asked.push({ batch, answer });
    };
    send();
    send();
    for (let sent = asked.shift(); sent; sent = asked.shift()) {
      const answer = await sent.answer;
      if ('failed' in answer) throw failed(sent.batch[answer.failed.at], answer.failed);
      const { rendered } = answer;
      send();
      for (const [i, item] of sent.batch.entries()) await done(item, rendered[i]);
    }
  };
  try {
    await Promise.all([here(), ...workers.map(inWorker)]);
  } finally {
    // A failure anywhere leaves nothing more to take.
    next = items.length;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
