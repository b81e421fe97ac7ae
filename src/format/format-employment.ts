/** Labels for schema.org employment types, in the element's language. */
import type { EmploymentType } from '../feed/types.js';
import { shortList } from './intl.js';
import type { Strings } from '../i18n/strings.js';

/** "Full-time", "Contract"… (an unknown value as it is). */
export function formatEmploymentType(type: EmploymentType, strings: Strings): string {
  return strings.employmentTypes[type] ?? type;
}

/** Several types as one phrase in `locale`: "Full-time, Contract". */
export function formatEmploymentTypes(types: readonly EmploymentType[] | undefined, strings: Strings, locale: string): string {
  return shortList(locale).format((types ?? []).map((type) => formatEmploymentType(type, strings)));
}
