/** Posting dates: relative ("3 days ago") for the card, absolute for tooltips and the detail. */

import { longDate, relativeTime } from './intl.js';

const DAY = 86_400_000;
// The mean Gregorian year, so that spans of centuries count their leap days.
const DAYS_PER_YEAR = 365.2425;

// A date-only value names a calendar day, not an instant (`Date` parses it as midnight UTC, so
// its UTC fields are that day).
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
 * "today", "yesterday", "3 days ago", "2 weeks ago", "last month"… in `locale`, counted in
 * calendar days of the visitor's time zone: a job dated today says "today" in Tokyo at 08:00
 * and in Los Angeles at 17:00. A date-only value is that calendar day; a date-time is the day
 * it falls on there. `now` is injectable so that tests and server renders agree on the clock.
 */
export function formatRelativeDate(iso: string, locale: string, now: Date = new Date()): string {
  const date = parseDate(iso);
  if (!date) return '';
  const day = DATE_ONLY.test(iso)
    ? calendarDay(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())
    : calendarDay(date.getFullYear(), date.getMonth(), date.getDate());
  const days = Math.round((day - calendarDay(now.getFullYear(), now.getMonth(), now.getDate())) / DAY);
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

// A calendar day as a number of milliseconds, to subtract one from another (days of 23 or 25
// hours around a change of daylight saving time count as one). Not `Date.UTC(year, …)`: it
// reads years 0–99 as 1900–1999.
function calendarDay(year: number, month: number, date: number): number {
  const day = new Date(0);
  day.setUTCFullYear(year, month, date);
  return day.getTime();
}
