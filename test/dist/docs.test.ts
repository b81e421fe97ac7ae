// docs/api.md is generated from custom-elements.json (from the elements' doc comments): it must be
// current. When this fails, run `npm run docs` and commit the result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderApi } from '../../scripts/api-docs.js';
import { ELEMENT_TYPES, renderElementTypes } from '../../scripts/element-types.js';
import { REFERENCE, entryPoints, freshReference, readTree } from '../../scripts/reference-docs.js';
import { CARD_JOB_PARTS, CARD_STATUS_PARTS } from '../../src/components/job-card/job-card.parts.js';
import { DETAIL_PARTS } from '../../src/components/job-detail/job-detail.parts.js';
import { RECOMMENDED_CSP } from './recommended-csp.js';
import { RESERVED_HEIGHT_CSS } from './reserved-height.js';

test('docs/api.md matches the manifest', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  assert.equal(readFileSync('docs/api.md', 'utf8'), renderApi(manifest), 'run `npm run docs` and commit docs/api.md');
});

// The framework entries' types (job-widgets/react, /vue, /svelte) come from the same manifest.
test(`${ELEMENT_TYPES} matches the manifest`, () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  assert.equal(readFileSync(ELEMENT_TYPES, 'utf8'), renderElementTypes(manifest), `run \`npm run docs\` and commit ${ELEMENT_TYPES}`);
});

// docs/reference/ is TypeDoc's, from the sources of every entry point in package.json's exports.
test(`${REFERENCE}/ matches the sources`, async () => {
  const fresh = await freshReference();
  const committed = readTree(REFERENCE);
  assert.deepEqual([...committed.keys()].sort(), [...fresh.keys()].sort(), `run \`npm run docs\` and commit ${REFERENCE}/`);
  for (const [file, text] of fresh) assert.equal(committed.get(file), text, `${REFERENCE}/${file}: run \`npm run docs\` and commit it`);
});

test('the reference covers every entry point with types, and only files have none', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const documented = entryPoints(pkg).map((entry) => entry.specifier);
  const index = readFileSync(`${REFERENCE}/README.md`, 'utf8');
  for (const specifier of documented) assert.ok(index.includes(`[${specifier}]`), `${specifier} is in ${REFERENCE}/README.md`);
  const untyped = Object.keys(pkg.exports).filter((subpath) => !documented.includes(subpath === '.' ? 'job-widgets' : `job-widgets/${subpath.slice(2)}`));
  assert.ok(
    untyped.every((subpath) => /\.(json|html|css)$/.test(subpath)),
    `entry points without types: ${untyped.join(', ')}`,
  );
});

test('the manifest documents every element with attributes, parts, custom properties and events', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const elements = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []).filter((d: { customElement?: boolean }) => d.customElement);
  assert.deepEqual(elements.map((e: { tagName: string }) => e.tagName).sort(), ['job-card', 'job-count', 'job-detail', 'job-list']);
  for (const element of elements) {
    for (const key of ['attributes', 'cssParts', 'cssProperties', 'events']) {
      assert.ok(element[key]?.length > 0, `${element.tagName} documents ${key}`);
      for (const item of element[key]) assert.ok(item.description, `${element.tagName} ${key} ${item.name} has a description`);
    }
    // An attribute not linked to its property shows in docs/api.md as a property a page cannot
    // set in markup (the scope attributes did, declared by a spread the analyzer cannot read).
    for (const attribute of element.attributes) {
      assert.ok(attribute.fieldName, `${element.tagName}'s attribute ${attribute.name} is linked to its property`);
      const field = element.members.find((member: { name: string }) => member.name === attribute.fieldName);
      assert.equal(field?.attribute, attribute.name, `${element.tagName}'s property ${attribute.fieldName} names its attribute ${attribute.name}`);
    }
  }
});

// A list exports its cards' and its detail's parts from these lists: they must be what the
// elements document, no more and no fewer.
test('the parts each element exports as data are the parts its doc header documents', () => {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const elements = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []);
  const documented = (tag: string) =>
    elements.find((e: { tagName?: string }) => e.tagName === tag).cssParts.map((p: { name: string }) => p.name).sort();
  assert.deepEqual(documented('job-card'), [...CARD_JOB_PARTS, ...CARD_STATUS_PARTS].sort());
  assert.deepEqual(documented('job-detail'), [...DETAIL_PARTS].sort());
});

// One policy, the one csp.test.ts shows working: a document that recommends another (one with a
// Trusted Types policy missing, say) would send sites a page that reports violations.
test('README and SECURITY.md recommend the tested Content Security Policy, and no other', () => {
  for (const file of ['README.md', 'SECURITY.md']) {
    const quoted = [...readFileSync(file, 'utf8').matchAll(/^\s*Content-Security-Policy: (.+)$/gm)].map((match) => match[1]);
    assert.deepEqual(quoted, [RECOMMENDED_CSP], file);
  }
});

// The line layout-shift.test.ts shows keeping a list that is not prerendered from moving the page.
test('README and the demo give the tested CSS line that reserves a list\'s height', () => {
  for (const file of ['README.md', 'demo/site.css']) {
    assert.ok(readFileSync(file, 'utf8').split('\n').includes(RESERVED_HEIGHT_CSS), `${file} has the line ${RESERVED_HEIGHT_CSS}`);
  }
});
