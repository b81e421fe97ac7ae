/** When a job stops being valid: one rule for the build, its RSS feed and the elements' JSON-LD. */

/** The instant after which a job that is valid through `iso` has expired (NaN for no date). */
export function endOfValidity(iso: string): number {
  // A date-only `validThrough` means the whole of that day, wherever the reader is.
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T23:59:59.999-12:00`) : Date.parse(iso);
}

// A date as the build writes it (`2026-03-01`), or an ISO 8601 date-time with its zone
// (`2026-03-01T09:30:00.000Z`, `2026-03-01T09:30+01:00`).
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/**
 * True for a real date or date-time in those forms. `Date.parse` alone takes `1` for 2001, and
 * `2026-02-30` for the 2nd of March, which the day it gives back shows.
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) return false;
  const day = value.slice(0, 10);
  return new Date(Date.parse(day)).toISOString().startsWith(day);
}
