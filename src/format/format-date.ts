/** Posting dates: relative ("3 days ago") for the card, absolute for tooltips and the detail. */

import { longDate, relativeTime } from './intl.js';

const DAY = 86_400_000;
// The mean Gregorian year, so that spans of centuries count their leap days.
const DAYS_PER_YEAR = 365.2425;

// A date-only value names a calendar day, not an instant: it is compared by days in UTC, the
// zone in which `Date` parses it, so the same feed shows the same day everywhere.
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Parses an ISO date or date-time, or returns `undefined` for anything else. */
export function parseDate(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : new Date(time);
}

/** The machine-readable value for `<time datetime>`. */
export function dateTimeAttribute(iso: string): string {
  const date = parseDate(iso);
  if (!date) return '';
  return DATE_ONLY.test(iso) ? iso : date.toISOString();
}

/**
 * "today", "yesterday", "3 days ago", "2 weeks ago", "last month"… in `locale`. `now` is
 * injectable so that tests and server renders agree on the clock.
 */
export function formatRelativeDate(iso: string, locale: string, now: Date = new Date()): string {
  const date = parseDate(iso);
  if (!date) return '';
  const days = Math.round((startOfUtcDay(date) - startOfUtcDay(now)) / DAY);
  const format = relativeTime(locale);
  const abs = Math.abs(days);
  if (abs < 7) return format.format(days, 'day');
  if (abs < 30) return format.format(Math.trunc(days / 7), 'week');
  if (abs < 365) return format.format(Math.trunc(days / 30), 'month');
  return format.format(Math.trunc(days / DAYS_PER_YEAR), 'year');
}

/** "31 January 2026" style, in `locale`; a date-only value is not shifted by the time zone. */
export function formatAbsoluteDate(iso: string, locale: string): string {
  const date = parseDate(iso);
  if (!date) return '';
  return longDate(locale, DATE_ONLY.test(iso)).format(date);
}

// Not `Date.UTC(year, …)`: it reads years 0–99 as 1900–1999.
function startOfUtcDay(date: Date): number {
  const day = new Date(0);
  day.setUTCFullYear(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return day.getTime();
}
