/** A worker thread that renders batches of entries for `renderAll` (render.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { createRenderer, renderFailure, type EntryText } from './render.ts';

const render = await createRenderer(workerData.themes);
parentPort!.on('message', async (batch: EntryText[]) => {
  const rendered = [];
  try {
    for (const entry of batch) rendered.push(await render(entry));
    parentPort!.postMessage({ rendered });
  } catch (error) {
    // Which entry failed, so the build can name its file.
    parentPort!.postMessage({ failed: { ...renderFailure(error), at: rendered.length } });
  }
});
