/**
 * `Intl` formatters, made once per locale and options. Making one costs far more than using
 * it: a list of 100 cards spent a third of its render time constructing formatters, and every
 * keystroke in the search box re-renders a page of cards. A page needs a handful at most.
 */
const made = new Map<string, unknown>();

function once<T>(key: string, make: () => T): T {
  let value = made.get(key) as T | undefined;
  if (value === undefined) made.set(key, (value = make()));
  return value;
}

/** A collator for sorting names and titles the way people expect ("Job 2" before "Job 10"). */
export const nameCollator = (locale: string): Intl.Collator =>
  once(`collator|${locale}`, () => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }));

/** "Berlin, Paris, London": a short list of items. */
export const shortList = (locale: string): Intl.ListFormat =>
  once(`list|${locale}`, () => new Intl.ListFormat(locale, { type: 'unit', style: 'short' }));

/** Whole amounts, in `currency` when there is one. */
export const amountFormat = (locale: string, currency: string | undefined): Intl.NumberFormat =>
  once(`amount|${locale}|${currency ?? ''}`, () =>
    new Intl.NumberFormat(locale, { ...(currency ? { style: 'currency', currency } : {}), maximumFractionDigits: 0 }),
  );

/** "yesterday", "3 days ago". */
export const relativeTime = (locale: string): Intl.RelativeTimeFormat =>
  once(`relative|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));

/** "31 January 2026"; `utc` for date-only values, which must not shift with the time zone. */
export const longDate = (locale: string, utc: boolean): Intl.DateTimeFormat =>
  once(`date|${locale}|${utc}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(utc ? { timeZone: 'UTC' } : {}) }));

/** "1,234", "1.234", "١٬٢٣٤". */
export const numberFormat = (locale: string): Intl.NumberFormat => once(`number|${locale}`, () => new Intl.NumberFormat(locale));

/** Which plural form a number takes. */
export const pluralRules = (locale: string): Intl.PluralRules => once(`plural|${locale}`, () => new Intl.PluralRules(locale));
