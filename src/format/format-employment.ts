/** Labels for schema.org employment types. */
import type { EmploymentType } from '../feed/types.js';

const LABELS: Record<EmploymentType, string> = {
  FULL_TIME: 'Full-time',
  PART_TIME: 'Part-time',
  CONTRACTOR: 'Contract',
  TEMPORARY: 'Temporary',
  INTERN: 'Internship',
  VOLUNTEER: 'Volunteer',
  PER_DIEM: 'Per diem',
  OTHER: 'Other',
};

/** "Full-time", "Contract"… */
export function formatEmploymentType(type: EmploymentType): string {
  return LABELS[type] ?? type;
}

/** Several types as one phrase: "Full-time, Contract". */
export function formatEmploymentTypes(types: readonly EmploymentType[] | undefined): string {
  return (types ?? []).map(formatEmploymentType).join(', ');
}
