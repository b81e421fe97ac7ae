// One fixture per kind of bad posting: each must be refused with its file, line, message and a hint.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { FIELD_KEYS, parsePosting } from '../../src/build/index.js';

const FIXTURES = 'test/fixtures/postings/invalid';

const cases: [file: string, line: number, message: RegExp][] = [
  ['no-front-matter.md', 1, /has no front matter/],
  ['unclosed-front-matter.md', 1, /never closed/],
  ['js-front-matter.md', 1, /"js" is code/],
  ['javascript-front-matter.md', 1, /"javascript" is code/],
  ['unsupported-language.md', 1, /language "xml" is not supported/],
  ['bad-yaml.md', 4, /YAML front matter is not valid/],
  ['yaml-tag.md', 3, /YAML tag !!js\/function is not allowed/],
  ['alias-bomb.md', 7, /too many values through aliases/],
  ['title-object.md', 3, /"title" must be text, not an object/],
  ['missing-title.md', 2, /has no "title"/],
  ['impossible-date.md', 3, /"date" is not a real date: "2026-02-30"/],
  ['bad-contact.md', 3, /"contact" must be an email address/],
  ['bad-apply-url.md', 3, /"apply_url" must be an https:\/\/ or http:\/\/ address/],
  ['bad-employment-type.md', 3, /"sometimes" is not an employment type/],
  ['bad-salary.md', 3, /"salary.min" must be a number/],
  ['bad-currency.md', 3, /"salary.currency" must be an ISO 4217 code/],
  ['duplicate-key.md', 4, /set twice/],
  ['conflicting-keys.md', 4, /"location" and "region" both set the same thing/],
  ['bad-lang.md', 3, /"lang" must be a language tag/],
  ['bad-remote.md', 3, /"remote" must be true, false or hybrid/],
  ['bad-json.md', 5, /JSON front matter is not valid/],
  ['bad-toml.md', 3, /TOML front matter is not valid/],
  ['too-deep.md', 4, /nests quotes or lists more than 100 levels/],
];

for (const [name, line, message] of cases) {
  test(`refuses ${name} with file, line and a hint`, () => {
    const path = `${FIXTURES}/${name}`;
    const result = parsePosting(readFileSync(path, 'utf8'), path);
    assert.equal(result.status, 'invalid');
    assert.equal(result.job, undefined);
    const [error] = result.errors;
    assert.ok(error, 'an error is reported');
    assert.equal(error.file, path);
    assert.match(error.message, message);
    assert.equal(error.line, line, `line of "${error.message}"`);
    assert.ok(error.hint && error.hint.length > 10, 'says what to do');
  });
}

test('front matter that is JavaScript is never run', () => {
  for (const name of ['js-front-matter.md', 'javascript-front-matter.md']) {
    parsePosting(readFileSync(`${FIXTURES}/${name}`, 'utf8'), name);
  }
  assert.equal((globalThis as Record<string, unknown>).__jobWidgetsPwned, undefined);
});

test('reports every problem of a posting, not only the first', () => {
  const text = '---\ntitle: {}\ncontact: nope\ndate: 2026-13-01\nremote: maybe\n---\nBody';
  const result = parsePosting(text, 'many.md');
  assert.deepEqual(
    result.errors.map((e) => e.line),
    [2, 3, 4, 5],
  );
});

test('a posting over 1 MB is refused', () => {
  const result = parsePosting(`---\ntitle: Big\n---\n${'a'.repeat(1024 * 1024)}`, 'big.md');
  assert.equal(result.status, 'invalid');
  assert.match(result.errors[0]!.message, /larger than 1 MB/);
});

test('a lang that is not a language tag is an error whose hint gives the code to write', () => {
  const cases: [front: string, line: number, hint: RegExp][] = [
    ['lang: german', 3, /"german" is the language's name; write its code, lang: de \(or with a region, such as lang: de-DE\)/],
    ['language: Deutsch', 3, /write its code, language: de /],
    ['lang: français', 3, /write its code, lang: fr /],
    ['lang: en_US', 3, /^Write lang: en-US, with a dash\.$/],
    ['lang: klingonese', 3, /^Write a language code such as lang: de, or with a region, such as lang: de-CH /],
    ['lang: [de]', 3, /lang: de, or with a region, such as lang: de-CH/],
  ];
  for (const [front, line, hint] of cases) {
    const result = parsePosting(`---\ntitle: Backend\n${front}\n---\nBody`, 'p/backend.md');
    assert.equal(result.status, 'invalid', front);
    assert.deepEqual(result.errors.map((e) => [e.file, e.line]), [['p/backend.md', line]], front);
    assert.match(result.errors[0]!.message, /must be a language tag/, front);
    assert.match(result.errors[0]!.hint!, hint, front);
  }
  for (const [tag, canonical] of [['de-ch', 'de-CH'], ['deu', 'de'], ['zh-Hant-TW', 'zh-Hant-TW'], ['fil', 'fil']]) {
    assert.equal(parsePosting(`---\ntitle: Backend\nlang: ${tag}\n---\n`, 'p/backend.md').job?.lang, canonical, tag);
  }
});

test('the hint for a value of the wrong type shows its own key with a value that fits it', () => {
  // What a person would write for each field: a tag is not a place, a title is not "Some text".
  const examples: Record<string, string> = {
    title: 'Senior Rust Engineer',
    summary: 'Build and run our query engine.',
    locations: 'Berlin',
    remote: 'true',
    department: 'Engineering',
    employmentType: 'full-time',
    salary: '"€60,000 - €80,000 a year"',
    contact: 'jobs@example.com',
    applyUrl: 'https://example.com/apply',
    datePosted: '2026-03-31',
    validThrough: '2026-03-31',
    tags: 'rust',
    featured: 'true',
    id: 'senior-rust-engineer',
    draft: 'true',
    lang: 'de',
    dir: 'rtl',
  };
  const misfits: string[] = [];
  for (const [key, field] of Object.entries(FIELD_KEYS)) {
    const example = examples[field];
    assert.ok(example, `an example for ${field}`);
    const title = key === 'title' ? '' : 'title: Backend\n';
    const wrong = parsePosting(`---\n${title}${key}: [[1]]\n---\n`, 'p/backend.md');
    const hint = wrong.errors.find((e) => e.message.startsWith(`"${key}"`))?.hint ?? '';
    if (!hint.includes(`${key}: ${example}`)) misfits.push(`${key}: ${hint}`);
    // And the example is a line the build takes.
    const right = parsePosting(`---\n${title}${key}: ${example}\n---\n`, 'p/backend.md', { includeDrafts: true, includeExpired: true });
    assert.deepEqual(right.errors, [], `${key}: ${example}`);
  }
  assert.deepEqual(misfits, [], 'hints whose example is not their own key\'s');
});

test('a salary object\'s hints name the key that was written', () => {
  const result = parsePosting('---\ntitle: Backend\nsalary: {min: 1, period: fortnight}\n---\n', 'p/backend.md');
  assert.match(result.errors[0]!.message, /"salary\.period" must be hour, day, week, month or year/);
  assert.match(result.errors[0]!.hint!, /^Write period: year /);
});
