/**
 * Serves a built site on localhost the way a static host would: under its
 * base path, with the site's 404 page for anything missing.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

export interface RunningSite {
  url: string;
  close(): Promise<void>;
}

export async function serveSite(dir: string, base = '/'): Promise<RunningSite> {
  const files = sirv(dir, { dev: false, etag: false });
  const notFound = await readFile(path.join(dir, '404.html')).catch(() => Buffer.from('Not found'));
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.statusCode = 404;
      res.end(notFound);
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
