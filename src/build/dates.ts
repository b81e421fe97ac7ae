/**
 * Dates as people write them in front matter (`2026-03-01`, `2026-03-01 09:30:00 +0100` as
 * Jekyll does, full ISO 8601, TOML dates), turned into ISO 8601. A date-only value stays a date
 * (`2026-03-01`): turning it into midnight UTC would move it to the day before in the Americas.
 */
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** The ISO 8601 form of a front matter date, or `undefined` when it is no real date. */
export function parseDate(value: unknown): string | undefined {
  if (value instanceof Date) return fromDateObject(value);
  if (typeof value !== 'string') return undefined;
  const match = DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (h === undefined) return `${y}-${mo}-${d}`;
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const millis = Number(((fraction ?? '') + '000').slice(0, 3));
  const offsetMinutes = zone === undefined || zone.toUpperCase() === 'Z' ? 0 : parseOffset(zone);
  if (offsetMinutes === undefined) return undefined;
  // Not `Date.UTC`, which reads years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millis);
  const iso = new Date(date.getTime() - offsetMinutes * 60_000).toISOString();
  // An offset can move the first or last day of year 0000 or 9999 out of four digits.
  return /^\d{4}-/.test(iso) ? iso : undefined;
}

/** Milliseconds since the epoch for sorting; date-only values count as their start. */
export function dateValue(iso: string | undefined): number {
  return iso === undefined ? Number.NEGATIVE_INFINITY : Date.parse(iso);
}

function fromDateObject(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  // TOML local dates (smol-toml's TomlDate) know whether they carry a time.
  const isDateOnly = (date as { isDate?: () => boolean }).isDate?.() === true;
  return isDateOnly ? date.toISOString().slice(0, 10) : date.toISOString();
}

function parseOffset(zone: string): number | undefined {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!match) return undefined;
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  if (hours > 14 || minutes > 59) return undefined;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}
