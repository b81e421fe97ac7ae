/**
 * The XSS corpus as the two kinds of input the library takes: markdown postings for the build,
 * and jobs for a feed that skips the build. Plain data (no DOM, no Node), shared by the Node
 * script that builds the corpus feed and by the browser tests.
 */
import type { Job } from '../../src/feed/types.js';
import { AFTER_TEXT, XSS_VECTORS, beforeText, vectorId, type XssVector } from './xss-vectors.js';

/** A posting whose body holds the vector between legitimate text, and whose front matter holds it too. */
export function postingText(vector: XssVector, index: number, withFrontMatterVectors = true): string {
  const value = JSON.stringify(vector.markup);
  const frontMatter = withFrontMatterVectors
    ? [
        `title: ${value}`,
        `summary: ${value}`,
        `location: ${value}`,
        `department: ${value}`,
        `tags: [${value}]`,
        `salary: ${value}`,
      ]
    : [`title: ${JSON.stringify(`Vector ${vector.name}`)}`];
  return ['---', `id: ${vectorId(index)}`, ...frontMatter, 'date: 2026-03-01', '---', beforeText(vector), '', vector.markup, '', AFTER_TEXT, ''].join('\n');
}

/** The vector as a job from a feed nobody checked: in the body and in every text field. */
export function rawJob(vector: XssVector, index: number): Job {
  const markup = vector.markup;
  return {
    id: vectorId(index),
    title: markup,
    summary: markup,
    locations: [markup],
    department: markup,
    employmentType: ['FULL_TIME'],
    salary: { text: markup },
    contact: vector.url ?? markup,
    applyUrl: vector.url ?? markup,
    datePosted: '2026-03-01',
    tags: [markup, 'Safe tag'],
    html: `<p>${beforeText(vector)}</p>${markup}<p>${AFTER_TEXT}</p>`,
  };
}

export const rawJobs = (): Job[] => XSS_VECTORS.map(rawJob);
