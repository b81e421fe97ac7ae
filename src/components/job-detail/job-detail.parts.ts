/**
 * The parts of `<job-detail>`, as data: its doc header documents each one, and a `<job-list>`
 * exports them from its in-place detail. A module of its own, so that the list knows them
 * without loading the detail (and DOMPurify). A test compares this list with the doc header.
 */
export const DETAIL_PARTS = [
  'detail',
  'header',
  'heading',
  'summary',
  'meta',
  'location',
  'department',
  'type',
  'remote',
  'salary',
  'date',
  'tags',
  'tag',
  'actions',
  'apply',
  'apply-address',
  'copy-link',
  'share',
  'share-url',
  'announcement',
  'body',
  'actions-end',
  'apply-end',
  'status',
  'jobs-link',
  'retry',
] as const;
