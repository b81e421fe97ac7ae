/**
 * The XSS corpus (`test/security/`) through the built bundle where the browser has the HTML
 * Sanitizer API, as Chromium and Firefox do: bodies are sanitized by `setHTML` with the policy's
 * config, and DOMPurify's chunk is never requested.
 */
import { expect } from '@open-wc/testing';
import { describeXssCorpus } from '../security/xss-suite.js';
import { bundleRequests, loadBundle } from './bundle.js';

const bundle = await loadBundle();

describe('the built bundle with the HTML Sanitizer API', () => {
  it('runs where the browser has it', () => {
    expect(typeof (Element.prototype as { setHTML?: unknown }).setHTML).to.equal('function');
    expect(typeof (globalThis as { Sanitizer?: unknown }).Sanitizer).to.equal('function');
  });
});

describeXssCorpus('the HTML Sanitizer API', bundle.loadJobDetail);

describe('after the corpus, with the HTML Sanitizer API', () => {
  it('never requested DOMPurify', () => {
    expect(bundleRequests('chunks/job-detail-')).to.have.length(1);
    expect(bundleRequests('chunks/dompurify-')).to.deep.equal([]);
  });
});
