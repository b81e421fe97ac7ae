/** `<job-detail>` as a person sees and uses it: the job's title and body, Apply, Copy link. */
import type { JobDetail } from '../../src/components/job-detail/job-detail.js';
import { Harness } from './harness.js';

export class JobDetailHarness extends Harness<JobDetail> {
  /** The title, or undefined while none is shown (loading, an error). */
  title(): string | undefined {
    return this.find('heading')?.textContent?.trim();
  }

  /** For a prerendered detail: waits until it has hydrated and rendered live (Copy link works). */
  async hydrated(): Promise<void> {
    await this.live('detail');
  }

  /** The headings inside the posting's body, as `h3 Title`. */
  bodyHeadings(): string[] {
    return [...this.part('body').querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${h.textContent}`);
  }

  /** Presses Copy link. */
  copyLink(): void {
    this.part('copy-link').click();
  }

  /** Presses Share (shown where the browser can share). */
  share(): void {
    this.part('share').click();
  }

  /** The Apply links, at the top and (for a long posting) at the end. */
  applyLinks(): HTMLAnchorElement[] {
    return this.parts<HTMLAnchorElement>('apply');
  }

  /** What the live region says (after Copy link), white space collapsed. */
  announcement(): string | undefined {
    return this.text('announcement');
  }
}
