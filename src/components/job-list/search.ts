/**
 * Free-text search over jobs. People type without accents or capitals (`developpeur` for
 * `Développeur`), so both the query and the jobs are folded the same way; each job's folded text
 * is computed once and cached, which keeps filtering on every keystroke cheap.
 */
import { SEARCHED_FIELDS } from '../../feed/fields.js';
import type { Job } from '../../feed/types.js';
import { whenIdle } from '../../schedule/main-thread.js';

// Letters that Unicode decomposition leaves whole but that people type as plain Latin letters.
const LETTER_FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };
const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');
const MARKS = /\p{M}/gu;

/** Lower case without diacritics; NFKD also folds ligatures and full-width letters. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter);
}

/** The folded words of a query; an empty list matches every job. */
export function queryTerms(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

const folded = new WeakMap<Job, string>();


/** Everything a search looks at in one job: its searched fields' text, one value a line. */
function searchableText(job: Job): string {
  let text = folded.get(job);
  if (text === undefined) {
    // A loop, not flatMap: this runs for each of 100,000 jobs in the first search, and the
    // callbacks took twice as long.
    const parts: string[] = [];
    for (const name of SEARCHED_FIELDS) {
      const value: unknown = job[name];
      if (typeof value === 'string') parts.push(value);
      else if (Array.isArray(value)) for (const entry of value) if (typeof entry === 'string') parts.push(entry);
    }
    text = foldText(parts.join('\n'));
    folded.set(job, text);
  }
  return text;
}

/**
 * Folds the jobs' text in idle time, a slice at a time, so that the first keystroke over 10,000
 * jobs does not pay for all of it in one long task. Stops when the list shows other jobs.
 */
export function prepareSearch(jobs: readonly Job[], isCurrent: () => boolean): void {
  let next = 0;
  const slice = (deadline?: IdleDeadline): void => {
    if (!isCurrent()) return;
    const until = performance.now() + Math.min(deadline?.timeRemaining() ?? 10, 10);
    while (next < jobs.length && performance.now() < until) {
      for (const end = Math.min(next + 50, jobs.length); next < end; next++) searchableText(jobs[next]!);
    }
    if (next < jobs.length) whenIdle(slice);
  };
  whenIdle(slice);
}

/** Whether the job contains every term (terms from `queryTerms`). */
export function matchesTerms(job: Job, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const text = searchableText(job);
  return terms.every((term) => text.includes(term));
}
