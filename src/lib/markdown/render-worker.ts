/** A worker thread that renders batches of entries for `renderAll` (render.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { createRenderer, type EntryText } from './render.ts';

const render = await createRenderer(workerData.themes);
parentPort!.on('message', async (batch: EntryText[]) => {
  try {
    const rendered = [];
    for (const entry of batch) rendered.push(await render(entry));
    parentPort!.postMessage({ rendered });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
