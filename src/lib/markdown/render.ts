/**
 * Renders entry bodies with Astro's unified processor and the entry
 * pipeline, and finds the themes each entry raises. For a large batch the
 * work goes to worker threads, one per CPU, in batches: rendering Markdown
 * is most of the work of loading 10,000 entries, and Astro's loader runs on
 * one thread. A small batch (a file saved in the dev server) is done here.
 */
import { createMarkdownProcessor, type MarkdownHeading } from '@astrojs/markdown-remark';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { compileThemes, type DetectedTheme, type ThemeDefinition } from '../themes.ts';
import { entryMarkdownOptions, entryMarkdownOptionsWithoutTables, markdownBuildSettings } from './pipeline.ts';
import type { EntrySections } from './rehype-entry-sections.ts';
import { mayHoldTables } from './remark-tables.ts';

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
  const [withTables, withoutTables] = await Promise.all(
    [entryMarkdownOptions, entryMarkdownOptionsWithoutTables].map((options) => createMarkdownProcessor({ ...options, ...markdownBuildSettings })),
  );
  const matcher = compileThemes(themes);
  return async ({ title, summary, body }) => {
    const processor = mayHoldTables(body) ? withTables : withoutTables;
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
    const render = await createRenderer(themes);
    for (const item of items) await done(item, await render(textOf(item)));
    return;
  }
  const workers = Array.from(
    { length: Math.max(1, availableParallelism()) },
    () => new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { themes } }),
  );
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
