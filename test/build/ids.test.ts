// Job ids end up in URLs (`#job=<id>`, `href-template`) and would name any per-job file a future
// writer makes, so whatever a posting's `id:`, `slug:` or file name says, the id the build keeps
// is a URL-safe slug that cannot climb out of a folder: `[a-z0-9-]`, at most 80 characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePosting } from '../../src/build/index.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const PIECES = [
  '..', '.', '/', '\\', '%', '%2e', '%2E%2E', '%2f', '%5c', '%252e', '%00', '\u0000', '~', ':', 'C:',
  '\u2024', '\uFE52', '\uFF0E', '\uFF0F', '\uFF3C', '\u2215', '\u2044', '\u29F8', '\u0338', '\u200B', '\u202E',
  'İ', 'ß', 'ﬁ', 'Å', '①', '½', '\u0301', '\uD83D\uDE00', 'ǅ', 'ℌ', 'etc', 'passwd', 'index.html', 'job', '-', ' ',
  '\n', '\t', '?', '#', '&', '"', "'", '<', '>', '*', '|', 'con', 'nul', '%s', '${x}', 'A', '9',
];

/** A small deterministic generator (mulberry32), so a failure names a reproducible input. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hostileIds(count: number): string[] {
  const next = random(20261129);
  const ids = ['../../etc/passwd', '..\\..\\windows', '%2e%2e%2f%2e%2e%2f', '....//....//', '.', '..', '/', '\\\\server\\share', 'a/b/c', 'a'.repeat(500), `${'-'.repeat(79)}a`, `${'a-'.repeat(60)}`];
  while (ids.length < count) {
    const length = 1 + Math.floor(next() * 12);
    ids.push(Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]!).join(''));
  }
  return ids;
}

function assertSafe(id: string, input: string): void {
  assert.match(id, SLUG, `${JSON.stringify(input)} → ${JSON.stringify(id)}`);
  assert.ok(id.length <= 80, `${JSON.stringify(input)} → ${id.length} characters`);
  assert.doesNotMatch(id, /[/\\.%]/);
}

test('an id from `id:` or `slug:` is a slug whatever it says, or the posting is refused', () => {
  let built = 0;
  for (const hostile of hostileIds(300)) {
    for (const key of ['id', 'slug']) {
      const result = parsePosting(`---\ntitle: X\n${key}: ${JSON.stringify(hostile)}\n---\nBody.`, 'x.md');
      if (result.status === 'invalid') {
        assert.match(result.errors[0]!.message, new RegExp(`"${key}" must be text with letters or digits`), JSON.stringify(hostile));
        continue;
      }
      built++;
      assertSafe(result.job!.id, hostile);
    }
  }
  assert.ok(built > 400, `only ${built} of 600 built: the fuzz is not reaching the slug code`);
});

test('an id from the file name is a slug whatever the path, or the posting is refused', () => {
  let built = 0;
  for (const hostile of hostileIds(300)) {
    const result = parsePosting('---\ntitle: X\n---\nBody.', `postings/${hostile}.md`);
    if (result.status === 'invalid') {
      assert.match(result.errors[0]!.message, /no URL-safe id can be made from the file name/, JSON.stringify(hostile));
      continue;
    }
    built++;
    assertSafe(result.job!.id, hostile);
  }
  assert.ok(built > 200, `only ${built} of 300 built`);
});

test('numbers become slugs; lists, objects, booleans and empty text are refused', () => {
  assert.equal(parsePosting('---\ntitle: X\nid: 1.5e3\n---\n', 'x.md').job?.id, '1500');
  assert.equal(parsePosting('---\ntitle: X\nid: .5\n---\n', 'x.md').job?.id, '0-5');
  // An empty key means "not given": the file name is used.
  assert.equal(parsePosting('---\ntitle: X\nid: null\n---\n', 'x.md').job?.id, 'x');
  for (const value of ['[a, b]', '{a: 1}', 'true', '""']) {
    assert.equal(parsePosting(`---\ntitle: X\nid: ${value}\n---\n`, 'x.md').status, 'invalid', value);
  }
});
