/** Pay as people read it: the posting's own words when it has them, else formatted numbers. */
import type { Salary, SalaryUnit } from '../feed/types.js';

// Intl has no "per year" phrase, but it names date fields in every locale.
const UNIT_FIELDS: Record<SalaryUnit, string> = {
  HOUR: 'hour',
  DAY: 'day',
  WEEK: 'weekOfYear',
  MONTH: 'month',
  YEAR: 'year',
};

/** The salary text to show, or `undefined` when there is nothing to say. */
export function formatSalary(salary: Salary | undefined, locale: string): string | undefined {
  if (!salary) return undefined;
  if (salary.text?.trim()) return salary.text.trim();
  const { min, max, currency, unit } = salary;
  if (min === undefined && max === undefined) return undefined;
  const number = new Intl.NumberFormat(locale, {
    ...(currency ? { style: 'currency', currency } : {}),
    maximumFractionDigits: 0,
  });
  let amount: string;
  if (min !== undefined && max !== undefined && min !== max) amount = number.formatRange(min, max);
  else amount = number.format((min ?? max)!);
  if (!unit) return amount;
  const field = new Intl.DisplayNames(locale, { type: 'dateTimeField' }).of(UNIT_FIELDS[unit]);
  return field ? `${amount} / ${field}` : amount;
}
