/**
 * The parts of `<job-card>`, as data: its doc header documents each one, and a `<job-list>`
 * exports them from its cards. A test compares this list with the doc header.
 */

/** The parts of a card that shows a job. */
export const CARD_JOB_PARTS = ['card', 'featured', 'heading', 'link', 'meta', 'location', 'department', 'type', 'remote', 'salary', 'date', 'summary', 'tags', 'tag'] as const;

/** The parts of a card's messages (loading failed, not found, closed): never in a list's cards. */
export const CARD_STATUS_PARTS = ['status', 'retry'] as const;
