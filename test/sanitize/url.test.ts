import { expect } from '@open-wc/testing';
import { applyHref, emailAddress, mailtoUrl } from '../../src/sanitize/apply-url.js';

describe('URL allow-list', () => {
  it('takes an absolute https:, http: or mailto: URL as an apply link', () => {
    expect(applyHref('https://example.com/apply')).to.equal('https://example.com/apply');
    expect(applyHref('http://example.com/apply')).to.equal('http://example.com/apply');
    expect(applyHref('mailto:jobs@example.com?subject=Rust')).to.equal('mailto:jobs@example.com?subject=Rust');
    expect(applyHref('MailTo:jobs@example.com')).to.equal('mailto:jobs@example.com');
  });

  it('refuses relative apply links and every other scheme', () => {
    for (const url of ['/apply', 'apply.html', '//evil.example/apply', 'mailto:', 'javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'ftp://example.com/apply', 'tel:+4912345', 42]) {
      expect(applyHref(url), String(url)).to.equal(undefined);
    }
  });

  it('adds a site\'s apply-params to web apply links, never to mailto:', () => {
    expect(applyHref('https://example.com/apply', 'utm_source=careers&utm_medium=site')).to.equal('https://example.com/apply?utm_source=careers&utm_medium=site');
    // The site's value wins over the posting's, other parameters and the fragment stay.
    expect(applyHref('https://ats.example/j/1?utm_source=ats&ref=7#form', '?utm_source=careers')).to.equal('https://ats.example/j/1?utm_source=careers&ref=7#form');
    expect(applyHref('mailto:jobs@example.com?subject=Rust', 'utm_source=careers')).to.equal('mailto:jobs@example.com?subject=Rust');
    expect(applyHref('https://example.com/apply', '')).to.equal('https://example.com/apply');
  });

  it('keeps hostile apply-params in the query: they change no scheme, host or path', () => {
    for (const params of ['x=javascript:alert(1)', '@evil.example/', 'a=1#//evil.example', '//evil.example', 'x=%0d%0aSet-Cookie', '&=&=', 'x=\\evil.example']) {
      const url = new URL(applyHref('https://example.com/apply', params)!);
      expect(`${url.protocol}//${url.host}${url.pathname}`, params).to.equal('https://example.com/apply');
      expect(url.hash, params).to.equal('');
    }
    expect(applyHref('javascript:alert(1)', 'utm_source=careers')).to.equal(undefined);
  });

  it('reads the address of a contact as people write it', () => {
    expect(emailAddress('jobs@example.com')).to.equal('jobs@example.com');
    expect(emailAddress(' mailto:jobs@example.com ')).to.equal('jobs@example.com');
    expect(emailAddress('Jobs Team <jobs@example.com>')).to.equal('jobs@example.com');
    expect(emailAddress('"Team, Jobs" <mailto:jobs@example.com>')).to.equal('jobs@example.com');
    for (const value of ['Jobs Team', 'Jobs <not an address>', 'a@b.c <x@y.z', 'jobs@example.com, hr@example.com', undefined, 7]) {
      expect(emailAddress(value), String(value)).to.equal(undefined);
    }
  });

  it('makes a mailto: link of a contact', () => {
    expect(mailtoUrl('Jobs Team <jobs@example.com>')).to.equal('mailto:jobs@example.com');
    expect(mailtoUrl('nobody')).to.equal(undefined);
  });
});
