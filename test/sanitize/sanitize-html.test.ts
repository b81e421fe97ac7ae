// The policy through each of the browser's two sanitizers: the HTML Sanitizer API (both browsers
// of the suite have it) and DOMPurify (what browsers without it load).
import { expect } from '@open-wc/testing';
import { nativeSanitizer } from '../../src/sanitize/native-sanitizer.js';
import { loadDOMPurify, sanitizeHtml } from '../../src/sanitize/sanitize-html.js';
import type { Job } from '../../src/feed/types.js';
import { rawJobs } from '../security/corpus.js';
import { XSS_VECTORS, vectorId } from '../security/xss-vectors.js';

const native = nativeSanitizer();
const domPurify = await loadDOMPurify();

const hrefs = (el: HTMLElement) => [...el.querySelectorAll('a')].map((a) => a.getAttribute('href'));

it('sanitizeHtml uses the browser\'s Sanitizer where there is one', () => {
  expect(native, 'this browser has the HTML Sanitizer API').to.be.a('function');
  const nodes = sanitizeHtml('<p>a<x-y>b</x-y><a href="data:text/html,x">c</a></p>')!;
  expect(nodes.ownerDocument).not.to.equal(document);
  const container = document.createElement('div');
  container.append(nodes);
  expect(container.innerHTML).to.equal('<p part="body-paragraph">ab<a part="body-link">c</a></p>');
});

for (const [path, sanitize] of [
  ['the HTML Sanitizer API', (html: string) => native!(html)],
  ['DOMPurify', domPurify],
] as const) describe(`the policy through ${path}`, () => {
  /** Sanitizes into a detached element, as `<job-detail>` does, and returns it for inspection. */
  function clean(dirty: string): HTMLElement {
    const container = document.createElement('div');
    container.append(sanitize(dirty));
    return container;
  }

  it('keeps the markdown a posting is made of', () => {
    const el = clean('<h3>Role</h3><ul><li><strong>Rust</strong> and <code>tokio</code></li></ul><table><tr><td>x</td></tr></table>');
    expect(el.querySelector('h3')!.textContent).to.equal('Role');
    expect(el.querySelector('li strong')!.textContent).to.equal('Rust');
    expect(el.querySelector('code')!.textContent).to.equal('tokio');
    expect(el.querySelector('td')!.textContent).to.equal('x');
  });

  it('gives the body\'s nodes their parts, and a posting none of its own', () => {
    const el = clean('<h2 part="apply">Role</h2><p part="heading">See <a href="/x" part="copy-link">x</a> <span part="heading">y</span> <code>z</code></p><ol><li>a</li></ol><pre>p</pre><table><tr><th>h</th><td>d</td></tr></table><blockquote>q</blockquote><hr>');
    const parts = [...el.querySelectorAll('*')].map((node) => `${node.localName} ${node.getAttribute('part') ?? '-'}`);
    expect(parts).to.deep.equal([
      'h2 body-heading', 'p body-paragraph', 'a body-link', 'span -', 'code body-code', 'ol body-list', 'li body-list-item', 'pre body-code-block',
      'table body-table', 'tbody -', 'tr -', 'th body-table-cell', 'td body-table-cell', 'blockquote body-quote', 'hr body-rule',
    ]);
  });

  it('removes scripts and their code, keeps the text around them', () => {
    const el = clean('<p>Before<script>window.hacked = 1</script>after</p><script src="https://evil.example/x.js"></script>');
    expect(el.querySelector('script') === null, 'a script was kept').to.equal(true);
    expect(el.textContent).to.equal('Beforeafter');
  });

  it('removes every on* handler', () => {
    const el = clean('<p onclick="alert(1)" onmouseover="alert(2)">Hi</p><img src="https://example.com/a.png" onerror="alert(3)" alt="a"><details ontoggle="alert(4)" open><summary>s</summary></details>');
    for (const node of el.querySelectorAll('*')) {
      expect([...node.attributes].map((a) => a.name).filter((n) => n.startsWith('on'))).to.deep.equal([]);
    }
    expect(el.querySelector('p')!.textContent).to.equal('Hi');
    expect(el.querySelector('img')!.getAttribute('src')).to.equal('https://example.com/a.png');
  });

  it('drops javascript: links in every spelling and keeps their text', () => {
    const spellings = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java&#x09;script:alert(1)',
      '&#106;avascript:alert(1)',
      '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)',
      'javascript&colon;alert(1)',
      '\u0001javascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
    ];
    const el = clean(spellings.map((href, i) => `<a href="${href}">link ${i}</a>`).join(' '));
    expect(hrefs(el)).to.deep.equal(spellings.map(() => null));
    expect(el.textContent).to.contain('link 0').and.contain(`link ${spellings.length - 1}`);
  });

  it('keeps safe links and stops external ones from reaching window.opener', () => {
    const el = clean('<a href="https://example.com/jobs">a</a><a href="mailto:jobs@example.com">b</a><a href="/careers">c</a>');
    expect(hrefs(el)).to.deep.equal(['https://example.com/jobs', 'mailto:jobs@example.com', '/careers']);
    expect(el.querySelector('a')!.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('gives rel="noopener noreferrer" to every link a browser resolves to another origin', () => {
    // `http:evil.com` has no `//`, but on an https: page it is http://evil.com/.
    const external = ['http:evil.com', 'https:evil.com', 'HTTPS:evil.com', 'http:/evil.com', '//evil.com', 'https://evil.com/jobs'];
    const internal = ['/careers', 'jobs/1', '?q=rust', '#apply', './team', 'mailto:jobs@example.com'];
    const el = clean([...external, ...internal].map((href, i) => `<a href="${href}" rel="opener">link ${i}</a>`).join(' '));
    const rels = [...el.querySelectorAll('a')].map((a) => a.getAttribute('rel'));
    expect(rels).to.deep.equal([...external.map(() => 'noopener noreferrer'), ...internal.map(() => 'opener')]);
  });

  it('removes iframes, svg, style, forms, base, meta, object and embed', () => {
    const el = clean(
      [
        '<iframe src="https://evil.example"></iframe>',
        '<svg onload="alert(1)"><circle r="1"></circle></svg>',
        '<svg><script>alert(1)</script></svg>',
        '<style>body { display: none }</style>',
        '<form action="https://evil.example"><input name="password"><button>Send</button></form>',
        '<base href="https://evil.example/">',
        '<meta http-equiv="refresh" content="0;url=https://evil.example">',
        '<link rel="stylesheet" href="https://evil.example/x.css">',
        '<object data="x.swf"></object><embed src="x.swf">',
        '<p>Kept text</p>',
      ].join(''),
    );
    for (const tag of ['iframe', 'svg', 'script', 'style', 'form', 'button', 'base', 'meta', 'link', 'object', 'embed']) {
      expect(el.querySelector(tag) === null, `a <${tag}> was kept`).to.equal(true);
    }
    expect(el.querySelector('p')!.textContent).to.equal('Kept text');
    expect(el.textContent).not.to.contain('display: none');
  });

  it('drops inline styles, ids and classes that could fight the page', () => {
    const el = clean('<p style="position:fixed;inset:0" id="app" class="x" data-x="1">Hi</p>');
    // The part is the policy's own, for the page's CSS.
    expect([...el.querySelector('p')!.attributes].map((a) => `${a.name}=${a.value}`)).to.deep.equal(['part=body-paragraph']);
  });

  it('turns task-list inputs into disabled checkboxes', () => {
    const el = clean('<ul><li><input type="text" name="q" value="x"> item</li></ul>');
    const input = el.querySelector('input')!;
    expect([input.type, input.disabled]).to.deep.equal(['checkbox', true]);
  });

  it('leaves out images that are not from the web instead of keeping empty boxes', () => {
    const el = clean(
      '<p>a<img src="javascript:alert(1)" alt="a">b<img src="data:image/png;base64,AAAA" alt="b"><img alt="c"><img src="/relative.png" alt="d"><img src="https://example.com/e.png" alt="e"></p>',
    );
    expect([...el.querySelectorAll('img')].map((img) => img.getAttribute('src'))).to.deep.equal(['https://example.com/e.png']);
    expect(el.querySelector('p')!.textContent).to.equal('ab');
  });

  it('replaces the elements it does not list by their content, and drops code and markup with theirs', () => {
    const el = clean('<div>a</div><section>b</section><x-y>c</x-y><FONT>d</FONT><o:p>e</o:p><center>f</center><noscript>no</noscript><select><option>no</option></select><textarea>no</textarea><p>g</p>');
    expect(el.innerHTML).to.equal('abcdef<p part="body-paragraph">g</p>');
  });
});

/** Resolves once a request for an image made now has failed: a request made before it has been seen. */
async function afterAnImageRequest(): Promise<void> {
  const canary = new Image();
  const failed = new Promise((resolve) => canary.addEventListener('error', resolve, { once: true }));
  canary.src = `/sanitize-canary-${Math.random().toString(36).slice(2)}.png`;
  await failed;
}

it('requests no image the policy refuses (the browser\'s Sanitizer keeps relative images, the policy does not)', async () => {
  const url = (name: string) => `/sanitize-probe-${name}-${Math.random().toString(36).slice(2)}.png`;
  const [refused, control] = [url('refused'), url('control')];
  const container = document.createElement('div');
  container.append(native!(`<p>a<img src="${refused}" alt="x">b</p>`));
  expect(container.querySelector('img') === null, 'the refused image was kept').to.equal(true);
  // The check can fail: the same image parsed into a detached element of this page is requested.
  const unsanitized = document.createElement('div');
  unsanitized.innerHTML = `<img src="${control}">`;
  await new Promise((resolve) => unsanitized.firstElementChild!.addEventListener('error', resolve, { once: true }));
  await afterAnImageRequest();
  const requested = (path: string) => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith(path));
  expect([requested(refused), requested(control)]).to.deep.equal([false, true]);
});

// SECURITY.md ("Two sanitizers, one policy") lists these, with what differs.
const HOSTILE_DIFFERENCES = ['form-name-body', 'form-input-parentnode', 'noscript-title-breakout', 'math-h1-mglyph-svg', 'math-mtext-table-mglyph-style', 'math-mglyph-style-comment'];

it('gives the same nodes on both paths for the XSS corpus, but for the vectors SECURITY.md lists', async () => {
  const built = ((await (await fetch(new URL('../security/.generated/corpus-feed.json', import.meta.url))).json()) as { jobs: Job[] }).jobs;
  const markup = (nodes: DocumentFragment) => {
    const container = document.createElement('div');
    container.append(nodes);
    return container.innerHTML;
  };
  const names = new Map(XSS_VECTORS.map((vector, index) => [vectorId(index), vector.name]));
  const differing = new Set<string>();
  for (const job of [...rawJobs(), ...built]) if (markup(native!(job.html)) !== markup(domPurify(job.html))) differing.add(names.get(job.id)!);
  expect(built.length + XSS_VECTORS.length).to.equal(2 * XSS_VECTORS.length);
  expect([...differing].filter((name) => !HOSTILE_DIFFERENCES.includes(name))).to.deep.equal([]);
  expect(differing.size, 'the comparison finds the listed differences').to.be.greaterThan(0);
});
