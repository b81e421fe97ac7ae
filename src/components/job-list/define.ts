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
