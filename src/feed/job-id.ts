/**
 * The one rule for job ids, shared by the build (which makes them, and names files and folders
 * after them) and the browser (which puts them into URLs): lowercase ASCII letters, digits and
 * single dashes, at most 80 characters. Such an id is one URL path segment that is never `.` or
 * `..`, and a file name that stays in its folder. Pure: no DOM, no Node.
 */
const JOB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest id the build writes. */
export const MAX_JOB_ID = 80;

/** Whether `value` is an id the build could have written. */
export function isJobId(value: string): boolean {
  return value.length <= MAX_JOB_ID && JOB_ID.test(value);
}
