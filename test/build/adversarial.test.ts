// Hostile postings: none takes much longer to build than an ordinary posting of its length, and
// what it writes holds nothing executable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFeed, parsePosting } from '../../src/build/index.js';
import { textOf, unsafeParts } from './helpers/html-safety.js';

// An ordinary body: headings, emphasis, a link and a list, as postings are written.
const PROSE = '## The role\n\nYou will build the **payments** platform with a team of six, in [Rust](https://www.rust-lang.org/) and _TypeScript_.\n\n- Design APIs\n- Review code\n- Mentor people\n\n';
const posting = (body: string) => `---\ntitle: X\n---\nBefore.\n\n${body}`;

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

/**
 * Milliseconds per character to build an ordinary body of `length` characters: the yardstick a
 * hostile body of about that length is held to, measured in the same run, on the same machine,
 * so that it means the same on a fast machine and a busy one (the best of three: a pause of the
 * machine is not the build's cost).
 */
function ordinaryMsPerCharacter(length: number): number {
  const text = posting(PROSE.repeat(Math.ceil(length / PROSE.length)).slice(0, length));
  return Math.min(...[1, 2, 3].map(() => timed(() => parsePosting(text, 'x.md')).ms)) / length;
}

/**
 * How many times an ordinary body of the same length a hostile one may take. The slowest shapes
 * below take about 5 times; work that grows with the square of the length takes thousands of
 * times at these sizes.
 */
const MAX_SLOWDOWN = 25;

const SCRIPT_VECTORS = [
  '<script>globalThis.pwned = 1</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<img src=x onerror="globalThis.pwned = 1">',
  '<img src="https://ok.example/a.png" ONERROR=alert(1)>',
  '<svg onload=alert(1)><circle r=1></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>Go</button></form>',
  '<base href="javascript:alert(1)//">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<style>body { display: none }</style>',
  '<div style="position:fixed;inset:0;background:red">overlay</div>',
  '<a href="https://ok.example" style="position:fixed;inset:0">clickjack</a>',
  '<details open ontoggle=alert(1)><summary>s</summary></details>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<template><script>alert(1)</script></template>',
  '<textarea><img src=x onerror=alert(1)></textarea>',
  '<img id="cookie" name="getElementById">',
  '<form name="body"><input name="attributes"></form>',
  '<a href="javascript:alert(1)">j1</a>',
  '<a href="JaVaScRiPt:alert(1)">j2</a>',
  '<a href="  javascript:alert(1)">j3</a>',
  '<a href="java&#x09;script:alert(1)">j4</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">j5</a>',
  '<a href="&#x6A;avascript&colon;alert(1)">j6</a>',
  '<a href="javas&#99;ript:alert(1)">j7</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">d1</a>',
  '<a href="vbscript:msgbox(1)">v1</a>',
  '<a href="\\\\evil.example">b1</a>',
  '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
  '<a href=javascript:alert(1)>unquoted</a>',
  '<a href="https://ok.example"onclick=alert(1)>noquote-space</a>',
  '<<script>script>alert(1)<</script>/script>',
  '<!--<img src=x onerror=alert(1)>-->',
  '<img src=`x` onerror=alert(1)>',
];

const MARKDOWN_URL_VECTORS = [
  '[m1](javascript:alert(1))',
  '[m2](JAVASCRIPT:alert(1))',
  '[m3](<javascript:alert(1)>)',
  '[m4](&#106;avascript:alert(1))',
  '[m5](javascript&#58;alert(1))',
  '[m6](data:text/html,<script>alert(1)</script>)',
  '[m7](vbscript:alert(1))',
  '[m8]( javascript:alert(1) )',
  '[m9][ref]\n\n[ref]: javascript:alert(1)',
  '![i1](javascript:alert(1))',
  '<javascript:alert(1)>',
];

test('script, event handlers, dangerous elements and URLs in the body are removed; text stays', () => {
  for (const vector of [...SCRIPT_VECTORS, ...MARKDOWN_URL_VECTORS]) {
    const result = parsePosting(`---\ntitle: X\n---\nBefore the vector.\n\n${vector}\n\nAfter the vector.`, 'x.md');
    assert.equal(result.status, 'ok', vector);
    const html = result.job!.html;
    assert.deepEqual(unsafeParts(html), [], `${vector}\n→ ${html}`);
    // Handler names may remain as harmless text (an escaped title, say); unsafeParts parses the
    // HTML as a browser does and finds any that became attributes.
    assert.doesNotMatch(html, /(?:href|src)="\s*(?:javascript|vbscript|data):/i, `${vector}\n→ ${html}`);
    const text = textOf(html);
    assert.match(text, /Before the vector\./);
    assert.match(text, /After the vector\./);
  }
  assert.equal((globalThis as Record<string, unknown>).pwned, undefined);
});

test('HTML in front matter values is kept as plain text, never parsed here', () => {
  const result = parsePosting('---\ntitle: "<img src=x onerror=alert(1)>Engineer"\nregion: "<script>alert(1)</script>"\nsummary: "<b>bold</b>"\ntags: ["<svg onload=alert(1)>"]\n---\n', 'x.md');
  assert.equal(result.job?.title, '<img src=x onerror=alert(1)>Engineer');
  assert.deepEqual(result.job?.locations, ['<script>alert(1)</script>']);
  // The feed is JSON: the elements render these through text bindings (tested in the browser).
  assert.equal(JSON.parse(JSON.stringify(result.job)).summary, '<b>bold</b>');
});

test('an apply URL must be http(s) in every spelling', () => {
  for (const url of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', '&#106;avascript:alert(1)', 'mailto:x@y.z', '/relative']) {
    const result = parsePosting(`---\ntitle: X\napply_url: ${JSON.stringify(url)}\n---\n`, 'x.md');
    assert.equal(result.status, 'invalid', url);
  }
});

test('markdown shaped to blow up parsers builds about as fast as ordinary markdown', () => {
  const bodies = {
    'nested quotes': '>'.repeat(20_000) + ' deep',
    'nested lists': '- '.repeat(20_000) + 'deep',
    'open brackets': '['.repeat(60_000),
    'link openers': '[a]('.repeat(30_000),
    'emphasis': '*_'.repeat(30_000),
    'backticks': '`'.repeat(60_000),
    'angle brackets': '<'.repeat(60_000),
    'html comment opener': '<!--'.repeat(20_000),
    'table columns': `|${'a|'.repeat(5_000)}\n|${'-|'.repeat(5_000)}\n|${'1|'.repeat(5_000)}`,
    'many lines of quotes': Array.from({ length: 20_000 }, (_, i) => '>'.repeat(i % 50) + ' x').join('\n'),
  };
  const ordinary = ordinaryMsPerCharacter(100_000);
  for (const [name, body] of Object.entries(bodies)) {
    const { value: result, ms } = timed(() => parsePosting(posting(body), 'x.md'));
    const slowdown = ms / (ordinary * body.length);
    assert.ok(slowdown < MAX_SLOWDOWN, `${name} took ${ms.toFixed(0)} ms, ${slowdown.toFixed(0)} times an ordinary body of its length`);
    if (result.status === 'ok') assert.deepEqual(unsafeParts(result.job!.html), [], name);
    else assert.match(result.errors[0]!.message, /nests quotes or lists/, name);
  }
});

// Bodies just under the 1 MB limit, shaped against the HTML filter and marked's inline and
// list rules. Every one builds (the filter does not need a depth limit: it never recurses, and
// browsers cap nesting when they parse), about as fast as ordinary markdown of the same length.
test('raw HTML and markdown at the size limit build about as fast as ordinary markdown, and stay safe', () => {
  const lists = (count: number) => Array.from({ length: count }, (_, i) => `${' '.repeat((i % 40) * 2)}- x`).join('\n');
  const bodies = {
    'nested divs': '<div>'.repeat(100_000) + 'deep' + '</div>'.repeat(90_000),
    'nested spans, never closed': '<span>'.repeat(150_000) + 'deep',
    'nested bold, never closed': '<b>'.repeat(250_000),
    '20,000 closed details': '<details><summary>s</summary>x</details>\n'.repeat(20_000),
    '100,000 open details': '<details>'.repeat(100_000),
    '100,000 ul': '<ul>'.repeat(100_000) + '<li>deep',
    '100,000 ul li': '<ul><li>'.repeat(100_000),
    'nested tables': '<table><tr><td>'.repeat(60_000),
    'nested details with handlers': '<details open ontoggle=alert(1)><summary onclick=alert(1)>'.repeat(15_000),
    'a long line of *_': '*_'.repeat(450_000),
    'a long line of *a _b': '*a _b '.repeat(150_000),
    'a long line of backslashes': '\\'.repeat(900_000),
    '100,000 list items at 40 depths': lists(100_000).slice(0, 1_000_000),
    'an unclosed comment': '<!--' + 'a'.repeat(900_000),
    'one tag with 100,000 attributes': '<a ' + 'title=x '.repeat(110_000) + '>',
    'inline links': '[a](https://x.example/) '.repeat(40_000),
    'numeric entities': '&#x6A;'.repeat(160_000),
  };
  const ordinary = ordinaryMsPerCharacter(1_000_000);
  for (const [name, body] of Object.entries(bodies)) {
    assert.ok(body.length < 1024 * 1024 - 64, `${name} is ${body.length} characters, over the limit`);
    const { value: result, ms } = timed(() => parsePosting(posting(body), 'x.md'));
    const slowdown = ms / (ordinary * body.length);
    assert.ok(slowdown < MAX_SLOWDOWN, `${name} took ${ms.toFixed(0)} ms, ${slowdown.toFixed(0)} times an ordinary body of its length`);
    assert.equal(result.status, 'ok', name);
    const html = result.job!.html;
    assert.match(html, /^<p>Before\.<\/p>/, name);
    assert.doesNotMatch(html, /<(?:script|style|iframe|svg|math)\b|\son[a-z]+\s*=|javascript:/i, name);
  }
});

// Expanded, these would be 9^9 and 9^18 values: refused at all, they were counted, not expanded.
test('YAML alias bombs are refused without being expanded', () => {
  for (const depth of [9, 18]) {
    const levels = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < depth; i++) levels.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(',')}]`);
    const result = parsePosting(`---\ntitle: X\n${levels.join('\n')}\n---\n`, 'bomb.md');
    assert.equal(result.status, 'invalid');
    assert.match(result.errors[0]!.message, /expands to too many values through aliases/, `${depth} levels`);
  }
});

test('prototype keys and executable front matter change nothing outside the posting', () => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort();
  buildFeed([
    { path: 'a.md', text: '---\ntitle: A\n__proto__: {isAdmin: true}\n---\n' },
    { path: 'b.md', text: '---json\n{"title": "B", "__proto__": {"isAdmin": true}, "constructor": {"prototype": {"isAdmin": true}}}\n---\n' },
    { path: 'c.md', text: '---js\n({ title: (globalThis.pwned = "js") })\n---\n' },
    { path: 'd.md', text: '---\ntitle: D\nsalary: {__proto__: {isAdmin: true}, min: 1}\n---\n' },
  ]);
  assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), before);
  assert.equal(({} as Record<string, unknown>).isAdmin, undefined);
  assert.equal((globalThis as Record<string, unknown>).pwned, undefined);
});

test('URLs keep their spaces: a link is never rewritten to point somewhere else', () => {
  const result = parsePosting('---\ntitle: X\n---\n[mail](<mailto:jobs@x.test?subject=Rust Engineer>) <a href="https://example.com/a b">b</a>', 'x.md');
  assert.match(result.job!.html, /href="mailto:jobs@x\.test\?subject=Rust Engineer"/);
  assert.match(result.job!.html, /href="https:\/\/example\.com\/a b"/);
  const apply = parsePosting('---\ntitle: X\napply_url: "https://ex ample.com"\n---\n', 'x.md');
  assert.equal(apply.status, 'invalid', 'a host with a space is not quietly joined into another domain');
});

test('contacts the schema would refuse are refused by the build', () => {
  for (const contact of ['a.@b.c', 'a..b@c.d', 'jobs@localhost']) {
    assert.equal(parsePosting(`---\ntitle: X\ncontact: "${contact}"\n---\n`, 'x.md').status, 'invalid', contact);
  }
});
