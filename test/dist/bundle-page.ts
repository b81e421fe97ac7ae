/**
 * For tests of the built bundle in Chromium: a server of `dist/cdn` and the routes a test adds,
 * and a browser, both started before the file's tests and stopped after them.
 */
import { after, before } from 'node:test';
import type { ServerResponse } from 'node:http';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browsers.js';
import { assertBuilt } from './built.js';
import { serveStatic, type Handler, type Route, type StaticServer } from './static-server.js';

// Tests the build: stop at once when it is missing or older than the sources.
assertBuilt('dist/cdn/job-widgets.js');

export interface BundleSite {
  readonly browser: Browser;
  readonly server: StaticServer;
}

/** Serves `/cdn/` (the built bundle) and `routes`; the browser and server are there in tests. */
export function bundleSite(routes: Record<string, string | Route | Handler>): BundleSite {
  const site = {} as { browser: Browser; server: StaticServer };
  before(async () => {
    site.server = await serveStatic({ '/cdn/': 'dist/cdn', ...routes });
    site.browser = await launchChromium();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** A handler that answers every request with `body` as `type`. */
export function answer(type: 'json' | 'html' | 'js', body: string): Handler {
  const contentType = { json: 'application/json', html: 'text/html; charset=utf-8', js: 'text/javascript' }[type];
  return (_, response: ServerResponse) => response.writeHead(200, { 'content-type': contentType }).end(body);
}
