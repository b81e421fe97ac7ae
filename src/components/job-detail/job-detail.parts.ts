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
  'copy-link',
  'share-url',
  'announcement',
  'body',
  // The body's own nodes, as the HTML policy names them (`BODY_PARTS` in src/sanitize/policy.ts).
  'body-heading',
  'body-paragraph',
  'body-link',
  'body-list',
  'body-list-item',
  'body-quote',
  'body-code',
  'body-code-block',
  'body-table',
  'body-table-cell',
  'body-image',
  'body-rule',
  'status',
  'jobs-link',
  'retry',
] as const;
