/**
 * `import 'job-widgets/job-detail'`: defines `<job-detail>`, with the HTML sanitizer it brings.
 *
 * @packageDocumentation
 */
import { defineElement } from '../../define.js';
import { JobDetail } from './job-detail.js';

defineElement('job-detail', JobDetail);

declare global {
  interface HTMLElementTagNameMap {
    'job-detail': JobDetail;
  }
}

export { JobDetail };
