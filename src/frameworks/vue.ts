/**
 * `import type {} from 'job-widgets/vue'`: Vue 3 template types (`GlobalComponents`, checked by
 * vue-tsc and Volar) for `<job-list>`, `<job-card>`, `<job-detail>` and `<job-count>`, with every attribute,
 * property and event of each element (`JobWidgetsElements`, generated from the custom elements
 * manifest). Types only: the module is empty at run time. The app tells Vue's compiler that these
 * are custom elements (`isCustomElement: (tag) => tag.startsWith('job-')`).
 *
 * Vue sets a binding as a property when the element has one by that name (`:jobs`,
 * `:noSearch`) and as an attribute otherwise; an attribute bound to `false` is written as the
 * text "false", which a boolean attribute reads as present: bind booleans by property name.
 * `@job-select` listens to `job-select`.
 *
 * @packageDocumentation
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { JobWidgetsElements } from './element-types.js';

type AnyElement = JobWidgetsElements[keyof JobWidgetsElements];

/** The shape Vue's docs give a custom element for its template types. */
type DefineCustomElement<E extends AnyElement> = new () => E['element'] & {
  /** @deprecated For template type checking only: not on the element at run time. */
  $props: HTMLAttributes & E['attributes'] & E['properties'] & PublicProps;
  /** @deprecated For template type checking only: not on the element at run time. */
  $emit: EmitFn<{ [Name in keyof E['events']]: (event: E['events'][Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'job-list': DefineCustomElement<JobWidgetsElements['job-list']>;
    'job-card': DefineCustomElement<JobWidgetsElements['job-card']>;
    'job-detail': DefineCustomElement<JobWidgetsElements['job-detail']>;
    'job-count': DefineCustomElement<JobWidgetsElements['job-count']>;
  }
}
