/**
 * The structured data of the job a `<job-detail>` shows: a schema.org `JobPosting` (see
 * `src/seo/job-posting.ts`) in a `<script type="application/ld+json" data-job-widgets>` in the
 * `<head>` of the element's document, for search engines that render pages (Google does). The
 * script follows the job: it changes with it, and goes when the job is closed, has expired, or
 * the element leaves the document. A list alone adds none: Google wants a JobPosting only on a
 * page that shows that one job.
 *
 * Two details that would add the same JSON-LD (the same job, organization and URL) share one
 * script, so a page never tells a search engine about one posting twice; details of different
 * jobs add one script each, which Google reads as several postings.
 *
 * Under a Content-Security-Policy that enforces Trusted Types, a script's text is a sink even for
 * a data type like `application/ld+json` (Chromium reports a violation for a plain string, and
 * for a text node appended to the script too), so the text goes through a policy of its own,
 * `job-widgets`, that only passes JSON. A page whose `trusted-types` directive does not list it
 * gets no JSON-LD, and the posting shows as ever.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Job, Organization } from '../../feed/types.js';
import { jobPostingLd, jsonLdScriptText } from '../../seo/job-posting.js';

/** The name of the Trusted Types policy that writes the JSON-LD. */
const TRUSTED_TYPES_POLICY = 'job-widgets';

export interface StructuredDataInput {
  /** The whole job: a split feed's summary has no body yet, so pass nothing until its file is in. */
  job: Job;
  organization: Organization | undefined;
  /** The job's URL, written when it is an absolute web URL. */
  url: string | undefined;
  /** The job's body, sanitized under the one policy, as HTML (`undefined` without a body). */
  descriptionHtml: string | undefined;
}

export class StructuredDataController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #read: () => StructuredDataInput | undefined;
  #shown: { document: Document; text: string } | undefined;
  #memo: { key: readonly unknown[]; text: string | undefined } | undefined;

  /** `read` gives what to describe now, or `undefined` when no job is shown on its own. */
  constructor(host: ReactiveControllerHost & HTMLElement, read: () => StructuredDataInput | undefined) {
    this.#host = host;
    this.#read = read;
    host.addController(this);
  }

  hostConnected(): void {
    // Lit does not render again when an element moves in the DOM: the script comes back with an update.
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const input = this.#host.isConnected ? this.#read() : undefined;
    this.#show(input ? this.#text(input) : undefined);
  }

  hostDisconnected(): void {
    this.#show(undefined);
  }

  #text({ job, organization, url, descriptionHtml }: StructuredDataInput): string | undefined {
    const key = [job, organization?.name, organization?.url, organization?.logo, url, descriptionHtml];
    if (this.#memo?.key.every((value, index) => value === key[index])) return this.#memo.text;
    const ld = jobPostingLd(job, { organization, url, descriptionHtml });
    const text = ld ? jsonLdScriptText(ld) : undefined;
    this.#memo = { key, text };
    return text;
  }

  #show(text: string | undefined): void {
    const document = this.#host.ownerDocument;
    if (this.#shown?.text === text && this.#shown?.document === document) return;
    if (this.#shown) releaseScript(this.#shown.document, this.#shown.text);
    this.#shown = text !== undefined && acquireScript(document, text) ? { document, text } : undefined;
  }
}

interface SharedScript {
  script: HTMLScriptElement;
  owners: number;
}

const scripts = new WeakMap<Document, Map<string, SharedScript>>();

function acquireScript(document: Document, text: string): boolean {
  let shared = scripts.get(document);
  if (!shared) scripts.set(document, (shared = new Map()));
  const existing = shared.get(text);
  if (existing) {
    existing.owners++;
    return true;
  }
  const trusted = trustedScript(text);
  if (trusted === undefined) return false;
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.setAttribute('data-job-widgets', '');
  // A TrustedScript where Trusted Types exist; the DOM's types only know strings.
  script.text = trusted as string;
  (document.head ?? document.documentElement).append(script);
  shared.set(text, { script, owners: 1 });
  return true;
}

function releaseScript(document: Document, text: string): void {
  const shared = scripts.get(document);
  const entry = shared?.get(text);
  if (!shared || !entry) return;
  entry.owners--;
  if (entry.owners > 0) return;
  entry.script.remove();
  shared.delete(text);
}

interface ScriptPolicy {
  createScript(input: string): unknown;
}

interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy;
}

let policy: ScriptPolicy | null | undefined;

// Created on first use, so a page of lists and cards never needs the policy in its CSP.
function trustedScript(text: string): unknown {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return text;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy(TRUSTED_TYPES_POLICY, { createScript: onlyJson });
    } catch {
      policy = null;
      console.warn(
        `job-widgets: the page's Content-Security-Policy does not allow the Trusted Types policy "${TRUSTED_TYPES_POLICY}", ` +
          `so jobs get no JSON-LD for search engines. Add "${TRUSTED_TYPES_POLICY}" to its trusted-types directive.`,
      );
    }
  }
  return policy ? policy.createScript(text) : undefined;
}

// The policy's one rule: what passes is a JSON object or array, data that no engine runs.
function onlyJson(input: string): string {
  if (!/^[[{]/.test(input)) throw new TypeError('job-widgets: only JSON-LD may be written to a script.');
  JSON.parse(input);
  return input;
}
