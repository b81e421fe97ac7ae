// The README is the first thing a user reads: it stays short enough to navigate, its quick start's
// posting builds, and no link in it or in the docs it sends readers to is broken (a file that
// moved, a heading that was renamed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { parsePosting } from '../../src/build/parse-posting.js';

const README = 'README.md';
const readme = readFileSync(README, 'utf8');

/** The markdown files whose links are checked: the README, the guides in docs/ and the policies beside it. */
const DOCUMENTS = [README, 'SECURITY.md', 'ARCHITECTURE.md', 'RELEASING.md', ...readdirSync('docs').filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** Text outside fenced code blocks, where a `[x](y)` is a link and a `#` line a heading. */
function prose(markdown: string): string {
  return markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

/** GitHub's anchor for each heading: lower case, punctuation dropped, spaces as dashes, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const [, heading] of prose(markdown).matchAll(/^#{1,6} (.+)$/gm)) {
    const slug = heading!.trim().toLowerCase().replace(/[^\p{L}\p{N}\- _]/gu, '').replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    result.add(count === 0 ? slug : `${slug}-${count}`);
  }
  for (const [, id] of markdown.matchAll(/<a id="([^"]+)"><\/a>/g)) result.add(id!); // the generated reference's own anchors
  return result;
}

test('the README is under 400 lines', () => {
  const lines = readme.split('\n').length;
  assert.ok(lines < 400, `README.md has ${lines} lines: move reference material to docs/`);
});

test('the README has a table of contents whose links reach its headings', () => {
  const contents = /^## Contents\n([\s\S]*?)^## /m.exec(readme);
  assert.ok(contents, 'README.md has a "## Contents" section');
  const targets = [...contents[1]!.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]!);
  const headings = [...prose(readme).matchAll(/^## (.+)$/gm)].map((match) => match[1]!).filter((heading) => heading !== 'Contents');
  const own = anchors(readme);
  for (const target of targets) assert.ok(own.has(target), `the contents link #${target} reaches a heading`);
  for (const heading of headings) {
    const slug = [...anchors(`## ${heading}`)][0]!;
    assert.ok(targets.includes(slug), `the contents link to "## ${heading}"`);
  }
});

test('every posting the README shows builds without a problem', () => {
  const postings = [...readme.matchAll(/^( *)```markdown\n([\s\S]*?)^ *```/gm)].map(([, indent, text]) => text!.replace(new RegExp(`^${indent}`, 'gm'), ''));
  assert.ok(postings.length >= 2, 'the quick start and the posting format show a posting');
  for (const text of postings) {
    const result = parsePosting(text, 'postings/example.md');
    assert.equal(result.status, 'ok', `${JSON.stringify(result.errors)} in\n${text}`);
    assert.deepEqual(result.warnings, [], text);
  }
});

for (const document of DOCUMENTS) {
  test(`${document}: every relative link leads to a file, and every #anchor to a heading`, () => {
    const text = prose(readFileSync(document, 'utf8'));
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target!)) continue; // https:, mailto:
      const [path, anchor] = target!.split('#') as [string, string | undefined];
      const file = path === '' ? document : normalize(join(dirname(document), path));
      assert.ok(existsSync(file), `${document} links to ${target}: no file ${file}`);
      if (anchor && file.endsWith('.md')) assert.ok(anchors(readFileSync(file, 'utf8')).has(anchor), `${document} links to ${target}: ${file} has no heading #${anchor}`);
    }
  });
}
