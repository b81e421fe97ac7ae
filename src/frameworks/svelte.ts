/**
 * `import type {} from 'job-widgets/svelte'`: Svelte 5 element types (`SvelteHTMLElements`,
 * checked by svelte-check) for `<job-list>`, `<job-card>`, `<job-detail>` and `<job-count>`, with every
 * attribute, property and event of each element (`JobWidgetsElements`, generated from the custom
 * elements manifest). Types only: the module is empty at run time.
 *
 * Svelte 5 sets a value as a property when the element has a setter by that name (`jobs`,
 * `noSearch`) and as an attribute otherwise; an attribute set to `false` is written as the text
 * "false", which a boolean attribute reads as present: bind booleans by property name. An
 * `on<name>` attribute listens to the event `<name>`: `onjob-select`.
 *
 * @packageDocumentation
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { JobWidgetsElements } from './element-types.js';

type AnyElement = JobWidgetsElements[keyof JobWidgetsElements];

/** `on<event>` attributes: Svelte 5 adds each as a listener for the event of that exact name. */
type EventAttributes<Events> = { [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void };

type Attributes<E extends AnyElement> = HTMLAttributes<E['element']> & E['attributes'] & E['properties'] & EventAttributes<E['events']>;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'job-list': Attributes<JobWidgetsElements['job-list']>;
    'job-card': Attributes<JobWidgetsElements['job-card']>;
    'job-detail': Attributes<JobWidgetsElements['job-detail']>;
    'job-count': Attributes<JobWidgetsElements['job-count']>;
  }
}
