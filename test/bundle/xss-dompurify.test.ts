/**
 * The XSS corpus (`test/security/`) through the built bundle where the browser has no HTML
 * Sanitizer API (Safari, older browsers): the API is removed before the bundle loads, so bodies
 * are sanitized by DOMPurify, from its own chunk.
 */
import './without-sanitizer-api.js';
import { expect } from '@open-wc/testing';
import { describeXssCorpus } from '../security/xss-suite.js';
import { bundleRequests, loadBundle } from './bundle.js';

const bundle = await loadBundle();

describe('the built bundle without the HTML Sanitizer API', () => {
  it('runs where the browser has none', () => {
    expect('setHTML' in Element.prototype || 'setHTML' in ShadowRoot.prototype || 'Sanitizer' in globalThis).to.equal(false);
  });
});

describeXssCorpus('DOMPurify', bundle.loadJobDetail);

describe('after the corpus, without the HTML Sanitizer API', () => {
  it('requested DOMPurify once, with the detail', () => {
    expect(bundleRequests('chunks/job-detail-')).to.have.length(1);
    expect(bundleRequests('chunks/dompurify-')).to.have.length(1);
  });
});
