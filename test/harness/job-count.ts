/** `<job-count>` as a person sees it: a number, or nothing. */
import type { JobCount } from '../../src/components/job-count/job-count.js';
import { Harness, textOf } from './harness.js';

export class JobCountHarness extends Harness<JobCount> {
  /** The number shown, as written, or undefined while it shows nothing. */
  shown(): string | undefined {
    return textOf(this.find('count')) || undefined;
  }
}
