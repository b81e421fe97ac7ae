// What ARCHITECTURE.md's recipes (add a field, a facet, a language) ask for beyond the one
// declaration, checked so that a step left out fails here instead of going unnoticed: the
// elements document the parts of the metadata line, the docs name every facet and every
// posting key, every language table has its row, and the README's list of languages is current.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { withLanguages } from '../../scripts/api-docs.js';
import { FIELD_KEYS, RTL_LANGUAGES } from '../../src/build/fields.js';
import { FACET_NAMES } from '../../src/components/job-list/filters.js';
import { META_FIELDS } from '../../src/feed/fields.js';
import { LOCALES } from '../../src/i18n/locales/index.js';

const readme = readFileSync('README.md', 'utf8');
const postingFormat = readFileSync('docs/posting-format.md', 'utf8');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const element = (tag: string) => manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []).find((d: { tagName?: string }) => d.tagName === tag);
const parts = (tag: string): string[] => element(tag).cssParts.map((part: { name: string }) => part.name);

test('the card and the detail document every part of the metadata line, and the list exports them', () => {
  const list = element('job-list');
  const listDocs = JSON.stringify(list.cssParts);
  for (const [name, , part] of META_FIELDS) {
    assert.ok(parts('job-card').includes(part), `<job-card> documents the part "${part}" (${name})`);
    assert.ok(parts('job-detail').includes(part), `<job-detail> documents the part "${part}" (${name})`);
    assert.ok(listDocs.includes(`\`${part}\``) && listDocs.includes(`\`detail-${part}\``), `<job-list> documents "${part}" and "detail-${part}" (${name})`);
  }
});

test('the docs name every facet, in the order a list offers them', () => {
  assert.ok(readme.includes(`filters="${FACET_NAMES.join(' ')}"`), `README.md shows filters="${FACET_NAMES.join(' ')}"`);
  const source = readFileSync('src/components/job-list/job-list.ts', 'utf8');
  const attribute = /@attr filters - ([^@]*)/.exec(source)![1]!;
  for (const name of FACET_NAMES) assert.ok(attribute.includes(`\`${name}\``), `<job-list>'s filters attribute names "${name}"`);
});

test('every facet is a scope attribute of <job-list> and <job-count>, documented (src/components/shared/scope.ts)', () => {
  for (const tag of ['job-list', 'job-count']) {
    const attributes = element(tag).attributes.map((attribute: { name: string }) => attribute.name);
    for (const name of FACET_NAMES) assert.ok(attributes.includes(name), `<${tag}> documents the scope attribute "${name}"`);
  }
});

test('docs/posting-format.md\'s table of front matter keys has a row for every field of the posting format, naming all its keys', () => {
  const fields = new Map<string, string[]>();
  for (const [key, field] of Object.entries(FIELD_KEYS)) fields.set(field, [...(fields.get(field) ?? []), key]);
  for (const [field, [main, ...others]] of fields) {
    const row = postingFormat.split('\n').find((line) => line.startsWith(`| \`${main}\` `));
    assert.ok(row, `docs/posting-format.md has a row | \`${main}\` … | for ${field}`);
    for (const key of others) assert.match(row, new RegExp(`\`${key}[\`:]`), `its row names ${key}`);
  }
});

test('every language table in src/i18n/locales/ has its row in index.ts, and only those', () => {
  const tables = readdirSync('src/i18n/locales').filter((file) => file !== 'index.ts').map((file) => file.replace(/\.ts$/, ''));
  assert.deepEqual(Object.keys(LOCALES).sort(), tables.sort());
  for (const [code, { dir }] of Object.entries(LOCALES)) assert.equal(RTL_LANGUAGES.has(code), dir === 'rtl', code);
});

test('README.md lists the languages of src/i18n/locales/index.ts (run `npm run docs` when this fails)', () => {
  assert.equal(readme, withLanguages(readme, Object.keys(LOCALES)));
});
