/**
 * A plain static file server on 127.0.0.1, standing in for a company's web host or a CDN: no
 * dev-server rewriting of imports, so a bundle that only works in dev fails here.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** A route with response headers of its own (a page served with a Content-Security-Policy). */
export interface Route {
  path: string;
  headers?: Record<string, string>;
}

/** A route that answers by itself (odd status codes, redirects, bodies that never end). */
export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface ServeOptions {
  /** Sends text files gzipped to a client that accepts it, as static hosts and CDNs do. */
  gzip?: boolean;
}

/**
 * Serves `routes` (URL path prefix → folder, or exact path → file) from the repository; a route
 * given as a `Route` also sends its `headers`, and a `Handler` answers the request itself.
 */
export async function serveStatic(routes: Record<string, string | Route | Handler>, options: ServeOptions = {}): Promise<StaticServer> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const prefix = Object.keys(routes)
      .sort((a, b) => b.length - a.length)
      .find((p) => path.startsWith(p));
    if (prefix === undefined) return void response.writeHead(404).end();
    const route = routes[prefix]!;
    if (typeof route === 'function') return route(request, response);
    const { path: folder, headers = {} } = typeof route === 'string' ? { path: route } : route;
    const root = resolve(folder);
    const rest = path.slice(prefix.length);
    const isFileRoute = (await stat(root).catch(() => undefined))?.isFile() === true;
    const file = isFileRoute ? root : normalize(join(root, rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      const type = TYPES[extname(file)];
      const gzip = options.gzip === true && type !== undefined && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response
        .writeHead(200, { 'content-type': type ?? 'application/octet-stream', ...(gzip && { 'content-encoding': 'gzip', vary: 'accept-encoding' }), ...headers })
        .end(gzip ? gzipSync(body) : body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((done) => {
        // A response that never ends would keep `close` waiting forever.
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
