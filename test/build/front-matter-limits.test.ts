// Issue 13, points 1, 3 and 4: front matter that the build accepts is read in time linear in
// its size (aliases bounded by what they add, key lines found once, warnings summed up), and
// front matter it refuses is refused with its file and line, on one thread or many.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFeed, parsePosting, type PostingSource } from '../../src/build/index.js';
import { parseEntries } from '../../src/build/parallel.js';
import { LINEAR, scaling } from './helpers/scaling.js';

const posting = (frontMatter: string, body = 'Body\n') => `---\ntitle: Engineer\n${frontMatter}---\n${body}`;

// Aliases (point 1)

test('aliases that name one long string thousands of times are refused before they are copied', () => {
  // The reproduction: 536 KB, 9,000 aliases of a 500 KB string in tags, each copied when its
  // spaces are tidied (4.3 GB in all).
  const long = `s: &s "${'lorem  ipsum '.repeat(38_462)}"\ntags: [${Array(9000).fill('*s').join(', ')}]\n`;
  // A stronger variant: the string is blank, so no copy of it is too long and each was read.
  const blank = `s: &s "${' '.repeat(500_000)}"\ntags: [${Array(9000).fill('*s').join(', ')}]\n`;
  // And a list of them, named by one alias each.
  const lists = `s: &s "${'b'.repeat(300_000)}"\nl: &l [*s, *s, *s]\nextra: [*l, *l]\n`;
  for (const [name, frontMatter, line] of [['long', long, 4], ['blank', blank, 4], ['lists', lists, 5]] as const) {
    const result = parsePosting(posting(frontMatter), `${name}.md`);
    assert.equal(result.status, 'invalid', name);
    assert.match(result.errors[0]!.message, /too many values through aliases.*1 MB of text/, name);
    assert.equal(result.errors[0]!.file, `${name}.md`);
    assert.equal(result.errors[0]!.line, line, `${name}: the line of the alias that went over`);
  }
});

test('aliases that repeat what a posting could hold written out are read as before', () => {
  const result = parsePosting(posting('place: &p Berlin\nlocation: [*p, Remote]\ntags: [*p, rust]\nnote: &n "' + 'x'.repeat(400_000) + '"\nnote2: *n\n'), 'ok.md');
  assert.equal(result.status, 'ok');
  assert.deepEqual(result.job!.locations, ['Berlin', 'Remote']);
  assert.deepEqual(result.job!.tags, ['Berlin', 'rust']);
});

// Unknown keys (point 3)

test('thousands of unknown keys are read in linear time and summed up after ten warnings', () => {
  const keys = (count: number) => Array.from({ length: count }, (_, i) => `key${i}`);
  const languages = {
    JSON: (count: number) => `---json\n{"title": "X",\n${keys(count).map((k) => `"${k}": 1`).join(',\n')}\n}\n---\n`,
    TOML: (count: number) => `+++\ntitle = "X"\n${keys(count).map((k) => `${k} = 1`).join('\n')}\n+++\n`,
    YAML: (count: number) => `---\ntitle: X\n${keys(count).map((k) => `${k}: 1`).join('\n')}\n---\n`,
  };
  for (const [language, make] of Object.entries(languages)) {
    const result = parsePosting(make(20_000), 'keys.md');
    assert.equal(result.status, 'ok', `${language}: ${result.errors[0]?.message}`);
    assert.equal(result.warnings.length, 11, language);
    assert.deepEqual(result.warnings.slice(0, 2).map((w) => [w.line, w.message]), [[3, 'unknown key "key0" is ignored'], [4, 'unknown key "key1" is ignored']], language);
    assert.deepEqual([result.warnings[10]!.line, result.warnings[10]!.message], [13, 'and 19,990 more unknown keys are ignored'], language);
    const { ratio } = scaling((size) => make(size / 20), 40_000, (text) => parsePosting(text, 'keys.md'));
    assert.ok(ratio < LINEAR, `${language}: 20,000 keys took ${ratio.toFixed(1)} times three runs of 2,000`);
  }
});

test('a key as long as the posting is quoted short in its warning', () => {
  const result = parsePosting(posting(`${'k'.repeat(100_000)}: 1\n`), 'x.md');
  assert.equal(result.warnings[0]!.message, `unknown key "${'k'.repeat(57)}..." is ignored`);
});

// Nesting (point 4)

const DEEP = 2_000;
const DEEP_FRONT_MATTER: Record<string, string> = {
  'YAML lists': `---\ntitle: X\nextra: ${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n---\n`,
  'YAML maps': `---\ntitle: X\nextra: ${'{a: '.repeat(DEEP)}1${'}'.repeat(DEEP)}\n---\n`,
  'YAML in tags': `---\ntitle: X\ntags: ${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n---\n`,
  'JSON arrays': `---json\n{"title": "X",\n"extra": ${'['.repeat(DEEP * 10)}${']'.repeat(DEEP * 10)}}\n---\n`,
  'JSON objects': `---json\n{"title": "X",\n"extra": ${'{"a":'.repeat(DEEP * 10)}1${'}'.repeat(DEEP * 10)}}\n---\n`,
  'TOML arrays': `+++\ntitle = "X"\nextra = ${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n+++\n`,
  'TOML tables': `+++\ntitle = "X"\n[${Array(DEEP * 10).fill('a').join('.')}]\nb = 1\n+++\n`,
  'YAML that contains itself': `---\ntitle: X\nextra: &a {b: *a}\n---\n`,
};

test('front matter nested past 100 levels is refused with its line, in every language', () => {
  for (const [name, text] of Object.entries(DEEP_FRONT_MATTER)) {
    const result = parsePosting(text, `${name}.md`);
    assert.equal(result.status, 'invalid', name);
    assert.match(result.errors[0]!.message, /nests lists or objects more than 100 levels deep/, name);
    assert.equal(result.errors[0]!.line, 3, name);
  }
  const fine = parsePosting(`---\ntitle: X\nextra: ${'['.repeat(100)}${']'.repeat(100)}\n---\n`, 'fine.md');
  assert.equal(fine.status, 'ok', fine.errors[0]?.message);
});

test('worker threads report the same nesting errors as one thread', async () => {
  const sources: PostingSource[] = Array.from({ length: 500 }, (_, i) => ({
    path: `p/${String(i).padStart(3, '0')}.md`,
    text: i % 50 === 7 ? Object.values(DEEP_FRONT_MATTER)[i % 8]! : posting(`date: 2026-05-01\n`),
  }));
  const single = buildFeed(sources);
  const parallel = await parseEntries(sources, {}, { threads: 2 });
  const errors = parallel.flatMap((entry) => entry.errors);
  assert.equal(errors.length, 10);
  assert.deepEqual(errors, single.errors);
  assert.ok(errors.every((error) => error.line === 3 && /more than 100 levels/.test(error.message)));
});
