/** Filling in a table's texts: numbers and plural forms through `Intl`, in the element's locale. */
import { numberFormat, pluralRules } from '../format/intl.js';
import type { PluralForms } from './strings.js';


/** `n` as the locale writes it ("1,234", "1.234", "١٬٢٣٤"). */
export function formatNumber(n: number, locale: string): string {
  return numberFormat(locale).format(n);
}

/** The form of `forms` for the number `n`, with `{n}` still in it. */
export function pluralForm(forms: PluralForms, n: number, locale: string): string {
  return (n === 0 ? forms['=0'] : undefined) ?? forms[pluralRules(locale).select(n)] ?? forms.other;
}

/** The form of `forms` for `n`, with `{n}` filled in: "1 job", "3 jobs". */
export function plural(forms: PluralForms, n: number, locale: string): string {
  return pluralForm(forms, n, locale).replace('{n}', formatNumber(n, locale));
}

/** `text` with each `{name}` replaced by `values[name]`. */
export function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}
