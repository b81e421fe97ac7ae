/** When a job stops being valid: one rule for the build, its RSS feed and the elements' JSON-LD. */

/** The instant after which a job that is valid through `iso` has expired (NaN for no date). */
export function endOfValidity(iso: string): number {
  // A date-only `validThrough` means the whole of that day, wherever the reader is.
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T23:59:59.999-12:00`) : Date.parse(iso);
}
