/**
 * The rows of an element's Docs page, from custom-elements.json: its properties, attributes,
 * events, slots, CSS parts and CSS custom properties, each in its own category.
 *
 * Storybook's own reading of the manifest keys every row by its bare name, so a slot and a part
 * of the same name (`<job-detail>`'s `apply`) keep one row and lose the other. Here only
 * properties are keyed by name, since those are the rows a story's args and controls bind to;
 * the others are keyed by category and name, and offer no control (a story's render binds
 * properties, and controls on the rest would do nothing).
 */
import type { ArgTypes } from '@storybook/web-components-vite';

interface Item {
  name: string;
  kind?: string;
  description?: string;
  default?: string;
  type?: { text?: string };
  privacy?: string;
  static?: boolean;
  attribute?: string;
}
interface Declaration {
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

type Category = 'properties' | 'attributes' | 'events' | 'slots' | 'css shadow parts' | 'css custom properties';

const row = (category: Category, item: Item, name = item.name) => ({
  name,
  description: item.description ?? '',
  table: {
    category,
    ...(item.type?.text ? { type: { summary: item.type.text } } : {}),
    ...(item.default !== undefined ? { defaultValue: { summary: item.default } } : {}),
  },
});

export function manifestArgTypes(manifest: Manifest, tagName: string): ArgTypes {
  const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tagName);
  if (!element) return {};
  const argTypes: ArgTypes = {};
  const others = (category: Category, items: Item[] | undefined, label = (item: Item) => item.name) => {
    for (const item of items ?? []) argTypes[`${category}: ${label(item)}`] = { ...row(category, item, label(item)), control: false };
  };
  for (const member of element.members ?? []) {
    if (member.kind !== 'field' || member.static || member.privacy === 'private' || member.privacy === 'protected') continue;
    const attribute = member.attribute ? ` Attribute: \`${member.attribute}\`.` : '';
    argTypes[member.name] = { ...row('properties', member), description: `${member.description ?? ''}${attribute}` };
  }
  others('attributes', element.attributes);
  others('events', element.events);
  others('slots', element.slots, (slot) => slot.name || '(default)');
  others('css shadow parts', element.cssParts);
  others('css custom properties', element.cssProperties);
  return argTypes;
}
