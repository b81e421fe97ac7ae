/**
 * Theming with CSS custom properties alone: every control is a `--job-*` property, set inline on
 * a list and a detail. Custom properties inherit into shadow roots, so the list's values reach
 * its cards too; set on a wrapper they would work the same, since the look sheets in src/themes/
 * (the toolbar's Look) set theirs on the root. An empty control leaves the property unset: the
 * look's value, or the element's default.
 */
import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, waitFor } from 'storybook/test';
import { tokens } from '../src/themes/tokens.js';
import { STORY_NOW, richJob, someJobs } from './data.js';
import type { JobDetailHarness } from '../test/harness/job-detail.js';
import type { JobListHarness } from '../test/harness/job-list.js';
import { detailIn, listIn, partText } from './support/dom.js';

type Category = 'Colour' | 'Type' | 'Shape' | 'Space' | 'Component';

// The global tokens read in src/themes/tokens.ts, then the component-level properties.
const PROPERTIES: ReadonlyArray<[name: `--job-${string}`, category: Category, description: string]> = [
  ['--job-color-text', 'Colour', 'Text colour (default: inherited from the page).'],
  ['--job-color-background', 'Colour', 'Background behind the element (default: transparent).'],
  ['--job-color-muted', 'Colour', 'Secondary text: metadata, quotes.'],
  ['--job-color-surface', 'Colour', 'Cards, messages, code and table headers.'],
  ['--job-color-border', 'Colour', 'Borders and rules.'],
  ['--job-color-accent', 'Colour', 'Links, buttons, checked boxes.'],
  ['--job-color-accent-text', 'Colour', 'Text on the accent colour.'],
  ['--job-color-focus', 'Colour', 'Focus rings.'],
  ['--job-color-danger', 'Colour', 'Errors.'],
  ['--job-color-scheme', 'Colour', 'light, dark or "light dark": replaces the page\'s color-scheme (looks set it).'],
  ['--job-font-family', 'Type', 'Font (default: inherited).'],
  ['--job-font-family-mono', 'Type', 'Code in posting bodies.'],
  ['--job-font-size', 'Type', 'Base font size (default: inherited).'],
  ['--job-font-size-small', 'Type', 'Metadata and badges (0.875em).'],
  ['--job-font-size-large', 'Type', 'Card titles (1.25em).'],
  ['--job-font-size-xlarge', 'Type', 'Detail titles (1.625em).'],
  ['--job-line-height', 'Type', 'Line height (1.5).'],
  ['--job-radius', 'Shape', 'Corner radius (0.5em).'],
  ['--job-shadow', 'Shape', 'Card shadow.'],
  ['--job-shadow-hover', 'Shape', 'Shadow of a linked card under the pointer.'],
  ['--job-space-2xs', 'Space', '0.25em'],
  ['--job-space-xs', 'Space', '0.5em'],
  ['--job-space-s', 'Space', '0.75em'],
  ['--job-space-m', 'Space', '1em'],
  ['--job-space-l', 'Space', '1.5em'],
  ['--job-space-xl', 'Space', '2em'],
  ['--job-host-padding', 'Space', 'Padding of an element that paints its own background (with theme).'],
  ['--job-list-columns', 'Component', 'Number of card columns in a list (1).'],
  ['--job-list-gap', 'Component', 'Space between cards in a list.'],
  ['--job-card-padding', 'Component', 'Space inside a card.'],
  ['--job-card-background', 'Component', 'Background of a card (default: the surface colour).'],
  ['--job-detail-measure', 'Component', 'Maximum line length of a posting body (70ch).'],
];

type ThemeArgs = Partial<Record<`--job-${string}`, string>>;

const argTypes: Partial<ArgTypes<ThemeArgs>> = Object.fromEntries(
  PROPERTIES.map(([name, category, description]) => [
    name,
    {
      name,
      description,
      control: category === 'Colour' || name === '--job-card-background' ? 'color' : 'text',
      table: { category },
    },
  ]),
);

const meta = {
  title: 'Theming/Custom properties',
  argTypes,
  parameters: { controls: { sort: 'none' } },
  render: (args) => {
    const style = styleMap(Object.fromEntries(Object.entries(args).filter((entry): entry is [string, string] => Boolean(entry[1]))));
    return html`<job-list style=${style} .jobs=${someJobs.slice(0, 4)} .now=${STORY_NOW} filters="department"></job-list>
      <hr />
      <job-detail style=${style} .job=${richJob} .now=${STORY_NOW} share-url="https://careers.kestrelmoor.example/jobs/${richJob.id}"></job-detail>`;
  },
} satisfies Meta<ThemeArgs>;

export default meta;
type Story = StoryObj<ThemeArgs>;

async function themedWidgets(canvas: HTMLElement): Promise<{ list: JobListHarness; detail: JobDetailHarness }> {
  const list = await listIn(canvas);
  const detail = await detailIn(canvas);
  await partText(detail, 'heading');
  await waitFor(() => expect(list.queryAll('job-card')).toHaveLength(4));
  return { list, detail };
}

/** Every control empty: the elements' own defaults, following the page. */
export const Defaults: Story = {
  play: async ({ canvasElement }) => {
    await themedWidgets(canvasElement);
    // A token added to tokens.ts needs a control here too.
    const read = new Set(tokens.cssText.match(/--job-[a-z0-9-]+/g));
    const controlled = new Set<string>(PROPERTIES.map(([name]) => name));
    await expect([...read].filter((name) => !controlled.has(name))).toEqual([]);
  },
};

/**
 * A brand of its own, made with the controls alone; every colour pair meets WCAG AA. Its checks
 * expect no look sheet above it (midnight styles links through `::part`): `fixed-look`.
 */
export const Brand: Story = {
  tags: ['fixed-look'],
  args: {
    '--job-color-text': '#1d1b2f',
    '--job-color-background': '#fbf8f3',
    '--job-color-muted': '#4f4a66',
    '--job-color-surface': '#f3eefc',
    '--job-color-border': '#8e86a8',
    '--job-color-accent': '#6b2fa3',
    '--job-color-accent-text': '#ffffff',
    '--job-color-focus': '#c2410c',
    '--job-color-danger': '#a4000f',
    '--job-font-family': "Georgia, 'Times New Roman', serif",
    '--job-radius': '12px',
    '--job-space-m': '1.25em',
    '--job-list-columns': '2',
  },
  play: async ({ canvasElement }) => {
    const { list, detail } = await themedWidgets(canvasElement);
    const [card] = list.cards();
    await expect(getComputedStyle(card!.part('card')).borderTopLeftRadius).toBe('12px');
    await expect(getComputedStyle(card!.link()).color).toBe('rgb(107, 47, 163)');
    await expect(getComputedStyle(detail.part('detail')).fontFamily).toContain('Georgia');
  },
};
