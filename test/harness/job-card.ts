/** `<job-card>` as a person sees and uses it: its title, its link, and the job behind it. */
import type { JobCard } from '../../src/components/job-card/job-card.js';
import { Harness } from './harness.js';

export class JobCardHarness extends Harness<JobCard> {
  /** The title, as shown. */
  title(): string {
    return this.part('heading').textContent!.trim();
  }

  /** The title's link, which covers the whole card. */
  link(): HTMLAnchorElement {
    return this.part<HTMLAnchorElement>('link');
  }

  /** Opens the job as a plain click on the card would. */
  click(): void {
    this.link().click();
  }

  /** A pointer coming over the card (which prefetches the job of a split feed). */
  hover(): void {
    this.link().dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
  }
}
