// Storybook's Docs pages (.storybook/manifest-arg-types.ts): each element's page has a row for
// everything the manifest documents, a slot and a part of the same name included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { manifestArgTypes, type Manifest } from '../../.storybook/manifest-arg-types.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName) as ({ tagName: string } & Record<string, unknown>)[];

test('every attribute, property, event, slot, part and custom property has its row, in its category', () => {
  const categories = { attributes: 'attributes', events: 'events', slots: 'slots', cssParts: 'css shadow parts', cssProperties: 'css custom properties' } as const;
  for (const element of elements) {
    const rows = Object.values(manifestArgTypes(manifest, element.tagName));
    const names = (category: string) => rows.filter((row) => row.table?.category === category).map((row) => row.name).sort();
    for (const [key, category] of Object.entries(categories)) {
      const documented = ((element[key] as { name: string }[] | undefined) ?? []).map((item) => item.name || '(default)').sort();
      assert.deepEqual(names(category), documented, `${element.tagName} ${category}`);
    }
    const properties = ((element.members as { kind: string; name: string; privacy?: string; static?: boolean }[]) ?? [])
      .filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected')
      .map((m) => m.name)
      .sort();
    assert.deepEqual(names('properties'), properties, `${element.tagName} properties`);
  }
});

test('<job-detail>: the `apply` slot and the `apply` part are two rows', () => {
  const rows = manifestArgTypes(manifest, 'job-detail');
  assert.equal(rows['slots: apply']?.table?.category, 'slots');
  assert.equal(rows['css shadow parts: apply']?.table?.category, 'css shadow parts');
});

test('only properties offer controls: the stories bind properties', () => {
  for (const element of elements) {
    for (const [key, row] of Object.entries(manifestArgTypes(manifest, element.tagName))) {
      if (row.table?.category !== 'properties') assert.equal(row.control, false, `${element.tagName} ${key}`);
    }
  }
});
