/**
 * `import 'job-widgets/job-card'`: defines `<job-card>` alone.
 *
 * @packageDocumentation
 */
import { defineElement } from '../../define.js';
import { JobCard } from './job-card.js';

defineElement('job-card', JobCard);

declare global {
  interface HTMLElementTagNameMap {
    'job-card': JobCard;
  }
}

export { JobCard };
