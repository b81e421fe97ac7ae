/**
 * `import 'job-widgets/job-list'`: defines `<job-list>` and the `<job-card>` it renders;
 * `<job-detail>` is loaded when a job is first opened in place.
 *
 * @packageDocumentation
 */
import { defineElement } from '../../define.js';
import '../job-card/define.js';
import { JobList } from './job-list.js';

defineElement('job-list', JobList);

declare global {
  interface HTMLElementTagNameMap {
    'job-list': JobList;
  }
}

export { JobList };
