/**
 * The languages the elements speak besides English, which is built in (`../en.ts`): one row per
 * language, keyed by its code, the one place a language is declared. The loaders of `tables.ts`
 * (one lazy chunk per language in the script-tag bundle), the build's right-to-left languages,
 * the size budget (`.size-limit.js`, one entry per table in this folder) and the list of
 * languages in README.md (written by `npm run docs`, with each language's English name from
 * `Intl.DisplayNames`) all come from here; `test/dist/recipes.test.ts` checks that every table
 * in this folder has a row and that the README is current.
 */
import type { Strings } from '../strings.js';

export interface Locale {
  /** The direction it is written in: a static job page in it is `dir="rtl"` or `dir="ltr"`. */
  dir: 'ltr' | 'rtl';
  /** Its table, `./<code>.js`, loaded the first time an element needs it. */
  load: () => Promise<{ default: Strings }>;
}

/**
 * By language code, as in `lang` (an element whose language is `de` or `de-CH` speaks `de`), in
 * the order the docs list them.
 */
export const LOCALES: Readonly<Record<string, Locale>> = {
  de: { dir: 'ltr', load: () => import('./de.js') },
  fr: { dir: 'ltr', load: () => import('./fr.js') },
  es: { dir: 'ltr', load: () => import('./es.js') },
  ja: { dir: 'ltr', load: () => import('./ja.js') },
  ar: { dir: 'rtl', load: () => import('./ar.js') },
};
