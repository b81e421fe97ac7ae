/** When a job stops being valid: one rule for the build, its RSS feed and the elements' JSON-LD. */

/** The instant after which a job that is valid through `iso` has expired (NaN for no date). */
export function endOfValidity(iso: string): number {
  // A date-only `validThrough` means the whole of that day, wherever the reader is.
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T23:59:59.999-12:00`) : Date.parse(iso);
}

// A date as the build writes it (`2026-03-01`), or an ISO 8601 date-time with its zone
// (`2026-03-01T09:30:00.000Z`, `2026-03-01T09:30+01:00`).
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/;

/**
 * True for a real date or date-time in those forms. `Date.parse` alone takes `1` for 2001 and
 * `2026-02-30` for the 2nd of March.
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day, hour = 0, minute = 0, second = 0, zoneHours = 0, zoneMinutes = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part))) as number[];
  const realDay = month! >= 1 && month! <= 12 && day! >= 1 && day! <= daysInMonth(year!, month!);
  const realTime = hour <= 23 && minute <= 59 && second <= 59 && zoneHours <= 23 && zoneMinutes <= 59;
  return realDay && realTime && !Number.isNaN(Date.parse(value));
}

/** Days in `month` (1 to 12) of `year`, for every year: `Date.UTC` reads 0 to 99 as 1900 to 1999. */
export function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}
