/**
 * `import 'job-widgets'`: defines `<job-list>`, `<job-card>`, `<job-detail>` and `<job-count>`, and exports their
 * classes, events and the feed types for apps. Each element can also be imported on its own
 * (`job-widgets/job-card`), and the classes without registering any tag (`job-widgets/elements`).
 *
 * @packageDocumentation
 */
export { JobList } from './components/job-list/define.js';
export { JobCard } from './components/job-card/define.js';
export { JobCount } from './components/job-count/define.js';
export { JobDetail } from './components/job-detail/define.js';
export * from './elements.js';
