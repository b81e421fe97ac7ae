/**
 * What play functions need beyond the elements' harnesses (test/harness/, shared with the element
 * tests): the element a story rendered, as a harness, and a part's text once it is there. Waits
 * are Storybook's `waitFor` (10 s, see .storybook/preview.ts).
 */
import type { LitElement } from 'lit';
import { waitFor } from 'storybook/test';
import type { JobCard } from '../../src/components/job-card/job-card.js';
import type { JobDetail } from '../../src/components/job-detail/job-detail.js';
import type { JobList } from '../../src/components/job-list/job-list.js';
import { textOf, type Harness } from '../../test/harness/harness.js';
import { JobCardHarness } from '../../test/harness/job-card.js';
import { JobDetailHarness } from '../../test/harness/job-detail.js';
import { JobListHarness } from '../../test/harness/job-list.js';

/** The first element matching `selector` in the story, once it has rendered. */
export async function rendered<T extends LitElement>(canvas: HTMLElement, selector: string): Promise<T> {
  const element = await waitFor(() => {
    const found = canvas.querySelector<T>(selector);
    if (!found) throw new Error(`No ${selector} in the story.`);
    return found;
  });
  await element.updateComplete;
  return element;
}

/** The story's `<job-list>`, once it has rendered. */
export const listIn = async (canvas: HTMLElement) => new JobListHarness(await rendered<JobList>(canvas, 'job-list'));

/** The story's `<job-card>`, once it has rendered. */
export const cardIn = async (canvas: HTMLElement) => new JobCardHarness(await rendered<JobCard>(canvas, 'job-card'));

/** The story's `<job-detail>`, once it has rendered. */
export const detailIn = async (canvas: HTMLElement) => new JobDetailHarness(await rendered<JobDetail>(canvas, 'job-detail'));

/** Waits until the element shows part `name` and returns its text, spaces collapsed. */
export function partText(harness: Harness, name: string): Promise<string> {
  return waitFor(() => textOf(harness.part(name))!);
}
