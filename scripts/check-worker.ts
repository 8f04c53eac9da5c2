/**
 * Checks the content on a thread of its own, so that `npm run build` can
 * start Astro meanwhile (scripts/build-site.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadContent } from '../src/lib/content/validate.ts';

parentPort!.postMessage(await loadContent(workerData.dir));
