/**
 * `import type {} from 'job-widgets/react'`: JSX types for `<job-list>`, `<job-card>`,
 * `<job-detail>` and `<job-count>` in React 19, with every attribute, property and event of each element
 * (`JobWidgetsElements`, generated from the custom elements manifest). Types only: the module is
 * empty at run time, and apps without React never load it.
 *
 * React 19 sets a prop as a property when the element has one by that name (`jobs`,
 * `selection`, `groupBy`) and as an attribute otherwise (`group-by`, with `true` as present and
 * `false` as absent), and listens to `on<name>` as the event `<name>`, case and all: the handler
 * of `job-select` is `onjob-select`.
 *
 * @packageDocumentation
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { JobWidgetsElements } from './element-types.js';

type AnyElement = JobWidgetsElements[keyof JobWidgetsElements];

/** `on<event>` props: React 19 adds each as a listener for the event of that exact name. */
type EventProps<Events> = { [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void };

type Props<E extends AnyElement> = DetailedHTMLProps<HTMLAttributes<E['element']>, E['element']> & E['attributes'] & E['properties'] & EventProps<E['events']>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares its JSX types in a namespace
  namespace JSX {
    interface IntrinsicElements {
      'job-list': Props<JobWidgetsElements['job-list']>;
      'job-card': Props<JobWidgetsElements['job-card']>;
      'job-detail': Props<JobWidgetsElements['job-detail']>;
      'job-count': Props<JobWidgetsElements['job-count']>;
    }
  }
}
