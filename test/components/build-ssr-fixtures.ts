/**
 * Server renders for the browser's hydration tests (Node-only: `@lit-labs/ssr`), written before
 * they run to `.generated/ssr.json`: `<job-detail>` with the Arabic fixture job, once with the
 * body's placeholder (no `setServerBody`) and once with a body the server sanitized.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { filterRawHtml } from '../../src/build/html-filter.js';
import '../../src/components/job-detail/define.js';
import { setServerBody } from '../../src/sanitize/server-html.js';
import { NOW, arabicJob } from '../fixtures/jobs.js';

const out = fileURLToPath(new URL('./.generated/', import.meta.url));
const detail = () => collectResult(render(html`<job-detail .job=${arabicJob} .now=${NOW}></job-detail>`));

const placeholder = await detail();
// The server's body is told apart from the browser's: it says so in an extra paragraph.
setServerBody((body) => unsafeHTML(filterRawHtml(`${body}<p>From the server.</p>`, { minHeadingLevel: 3 })));
const serverBody = await detail();
setServerBody(undefined);

mkdirSync(out, { recursive: true });
writeFileSync(`${out}ssr.json`, JSON.stringify({ placeholder, serverBody }));
