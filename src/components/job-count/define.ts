/**
 * `import 'job-widgets/job-count'`: defines `<job-count>` alone.
 *
 * @packageDocumentation
 */
import { defineElement } from '../../define.js';
import { JobCount } from './job-count.js';

defineElement('job-count', JobCount);

declare global {
  interface HTMLElementTagNameMap {
    'job-count': JobCount;
  }
}

export { JobCount };
