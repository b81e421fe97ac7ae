/** Pay as people read it: the posting's own words when it has them, else formatted numbers. */
import type { Salary } from '../feed/types.js';
import { amountFormat } from './intl.js';
import { fill } from '../i18n/format.js';
import type { Strings } from '../i18n/strings.js';

// Ranges are slow to format in every engine (ICU's formatRange), and a search re-renders the
// cards of the same jobs keystroke after keystroke: each salary keeps its last text.
const lastText = new WeakMap<Salary, { locale: string; strings: Strings; text: string | undefined }>();

/**
 * The salary text to show, or `undefined` when there is nothing to say. Amounts are formatted in
 * `locale`, with the period in the element's words ("€60,000 – €80,000 / year", "月給 30万円").
 */
export function formatSalary(salary: Salary | undefined, locale: string, strings: Strings): string | undefined {
  if (!salary) return undefined;
  if (salary.text?.trim()) return salary.text.trim();
  const last = lastText.get(salary);
  if (last && last.locale === locale && last.strings === strings) return last.text;
  const text = formatAmounts(salary, locale, strings);
  lastText.set(salary, { locale, strings, text });
  return text;
}

function formatAmounts({ min, max, currency, unit }: Salary, locale: string, strings: Strings): string | undefined {
  if (min === undefined && max === undefined) return undefined;
  const number = amountFormat(locale, currency);
  let amount: string;
  if (min !== undefined && max !== undefined && min !== max) amount = number.formatRange(min, max);
  else amount = number.format((min ?? max)!);
  const template = unit ? strings.salaryUnits[unit] : undefined;
  return template ? fill(template, { amount }) : amount;
}
