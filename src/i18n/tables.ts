/**
 * The string tables: English in every bundle, the other shipped locales (`locales/index.ts`)
 * loaded on first need (one request per language, shared by every element), and the app's own
 * strings from `setStrings`, merged over them.
 */
import { canonicalLocale } from '../format/locale.js';
import { en } from './en.js';
import { LOCALES } from './locales/index.js';
import type { Strings, StringsOverride } from './strings.js';

/** @internal The tables loaded on demand, by language; a test replaces one to make it fail. */
export const tableLoaders = new Map(Object.entries(LOCALES).map(([code, { load }]) => [code, load]));

const tables = new Map<string, Strings>([['en', en]]);
const loads = new Map<string, Promise<void>>();
const overrides = new Map<string, StringsOverride>();
// Tables with the app's strings merged in, by locale; cleared whenever a table or those change.
const merged = new Map<string, Strings>();

/** @internal Called when an app changes strings, so that every element renders again. */
export const stringsListeners = new Set<() => void>();

const language = (tag: string): string => tag.split('-')[0]!;

/** Whether the strings for `tag` are there (an unknown language is English, at once). */
export function hasTable(tag: string): boolean {
  const lang = language(tag);
  return tables.has(lang) || !tableLoaders.has(lang);
}

/** Loads the table for `tag`, once; one that fails to load is English, so no element waits forever. */
export function loadTable(tag: string): Promise<void> {
  const lang = language(tag);
  const load = tableLoaders.get(lang);
  if (!load || tables.has(lang)) return Promise.resolve();
  let promise = loads.get(lang);
  if (!promise) {
    promise = load()
      .then((module) => module.default, () => en)
      .then((table) => {
        tables.set(lang, table);
        merged.clear();
      });
    loads.set(lang, promise);
  }
  return promise;
}

/**
 * The locale dates and numbers are formatted in: `tag` when its language has strings, else
 * English, so that an English label never sits beside a date in another language.
 */
export function formatLocale(tag: string): string {
  const lang = language(tag);
  return tables.has(lang) || tableLoaders.has(lang) || overrides.has(lang) || overrides.has(tag) ? tag : 'en';
}

/** The strings for `tag`: its language's table (English until it is there), then the app's. */
export function stringsFor(tag: string): Strings {
  let strings = merged.get(tag);
  if (!strings) {
    const lang = language(tag);
    strings = mergeStrings(tables.get(lang) ?? en, overrides.get(lang), overrides.get(tag));
    merged.set(tag, strings);
  }
  return strings;
}

/**
 * Replaces some of the strings of `locale` (`de`, or `de-CH` for Swiss pages only), merged over
 * the built-in table and over earlier calls; every element shows them at once. A language
 * without a built-in table starts from English.
 *
 * ```js
 * setStrings('de', { searchLabel: 'Stellen finden', jobCount: { one: '{n} Angebot', other: '{n} Angebote' } });
 * ```
 */
export function setStrings(locale: string, strings: StringsOverride): void {
  const tag = canonicalLocale(locale);
  overrides.set(tag, mergeStrings(overrides.get(tag) ?? {}, strings));
  merged.clear();
  for (const listener of stringsListeners) listener();
}

/** `base` with each override's keys over it; records and plural forms are merged entry by entry. */
export function mergeStrings<T extends object>(base: T, ...layers: (StringsOverride | undefined)[]): T {
  const result = { ...base } as Record<string, unknown>;
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer ?? {})) {
      result[key] = typeof value === 'object' && value ? { ...(result[key] as object), ...value } : value;
    }
  }
  return result as T;
}
