/**
 * Feeds for the rendering bench: `size` jobs in the shape the build writes (`Feed`), from a fixed
 * seed, so every run and every machine renders the same text. Jobs come newest first, titles
 * breaking ties, as `buildFeed` orders them; the list's own sort then keeps that order, so the
 * first page of the list and of the baseline are the same jobs.
 */
import { FEED_VERSION, type EmploymentType, type Feed, type Job, type Salary } from '../../src/feed/types.js';
import { prng } from '../prng.js';

export { prng };

const LEVELS = ['', 'Junior', 'Senior', 'Senior', 'Staff', 'Principal', 'Lead'];
const ROLES: { role: string; department: string }[] = [
  { role: 'Backend Engineer', department: 'Engineering' },
  { role: 'Frontend Engineer', department: 'Engineering' },
  { role: 'Site Reliability Engineer', department: 'Engineering' },
  { role: 'Rust Engineer', department: 'Engineering' },
  { role: 'Engineering Manager', department: 'Engineering' },
  { role: 'Product Designer', department: 'Design' },
  { role: 'UX Researcher', department: 'Design' },
  { role: 'Data Scientist', department: 'Data' },
  { role: 'Data Engineer', department: 'Data' },
  { role: 'Account Executive', department: 'Sales' },
  { role: 'Solutions Engineer', department: 'Sales' },
  { role: 'Content Marketing Manager', department: 'Marketing' },
  { role: 'Customer Support Specialist', department: 'Support' },
  { role: 'Support Lead', department: 'Support' },
  { role: 'Recruiter', department: 'People' },
  { role: 'Financial Controller', department: 'Finance' },
];
const PLACES = ['Berlin', 'Lisbon', 'London', 'Paris', 'Amsterdam', 'New York', 'Toronto', 'São Paulo', 'Nairobi', 'Tokyo', 'Sydney', 'Zürich', 'Kraków', 'Bengaluru'];
const TAGS = ['TypeScript', 'Rust', 'Go', 'Kubernetes', 'PostgreSQL', 'React', 'Figma', 'Python', 'AWS', 'Accessibility', 'Machine learning', 'B2B', 'On-call', 'Visa sponsorship'];
const SUMMARIES = [
  'Design, build and run the services thousands of teams rely on every day.',
  'Own the customer journey from first visit to renewal, with a small and senior team.',
  'Help us turn millions of events a day into decisions people can trust.',
  'Ship small, safe changes often, and keep the platform fast and boring.',
  'Work with product and support to solve problems our customers actually have.',
  'Lead a team of six across three time zones, with written decisions and calm on-call.',
  'Shape how people find, compare and apply for work on our platform.',
  'Bring clarity to complex workflows through research, prototypes and careful detail.',
];
const DUTIES = [
  'Write clear proposals and review others’ work with care.',
  'Pair with designers, engineers and support on real customer problems.',
  'Keep our services observable, tested and documented.',
  'Mentor colleagues and grow the team’s practices.',
  'Take part in a fair, well-paid on-call rotation.',
  'Measure the effect of what we ship and share what we learn.',
];
const TYPES: EmploymentType[][] = [['FULL_TIME'], ['FULL_TIME'], ['FULL_TIME'], ['FULL_TIME'], ['PART_TIME'], ['CONTRACTOR'], ['FULL_TIME', 'CONTRACTOR'], ['INTERN'], ['TEMPORARY']];
const SALARY_TEXTS = ['€60,000–€75,000 per year', '£45k–£55k plus equity', 'competitive', '$40–$55 an hour', '50 000 – 65 000 CHF'];
const CURRENCIES = ['EUR', 'USD', 'GBP', 'CAD', 'BRL'];

const DAY = 86_400_000;
// The clock the feed is written against. The bench gives it to the list as its `now`: against
// the real clock, every job with a `validThrough` would have closed by now and be hidden.
const BUILT = Date.UTC(2026, 5, 1);

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
}

/** `size` jobs from `seed`; the same arguments always give the same feed. */
export function generateFeed(size: number, seed = 20_260_601): Feed {
  const random = prng(seed + size);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const some = <T>(list: readonly T[], min: number, max: number): T[] => [...new Set(Array.from({ length: int(min, max) }, () => pick(list)))];

  const jobs: (Job & { time: number })[] = [];
  for (let i = 0; i < size; i++) {
    const { role, department } = pick(ROLES);
    const level = pick(LEVELS);
    const title = level ? `${level} ${role}` : role;
    const locations = some(PLACES, 1, 3);
    const time = BUILT - int(0, 180) * DAY;
    const id = `${title}-${locations[0]}-${i}`
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-');
    const job: Job & { time: number } = { id, title, html: '', time };
    job.summary = pick(SUMMARIES);
    job.locations = locations;
    if (random() < 0.35) job.remote = true;
    job.department = department;
    job.employmentType = pick(TYPES);
    const pay = random();
    if (pay < 0.45) {
      const min = int(35, 120) * 1000;
      const salary: Salary = { min, max: min + int(5, 40) * 1000, currency: pick(CURRENCIES), unit: 'YEAR' };
      job.salary = salary;
    } else if (pay < 0.7) {
      job.salary = { text: pick(SALARY_TEXTS) };
    }
    job.contact = `jobs+${i % 97}@example.com`;
    if (random() < 0.6) job.applyUrl = `https://example.com/apply/${id}`;
    job.datePosted = new Date(time).toISOString().slice(0, 10);
    // Open when the feed was written (the list closes jobs at view time, at its `now`).
    if (random() < 0.3) job.validThrough = new Date(BUILT + 90 * DAY).toISOString().slice(0, 10);
    if (random() < 0.85) job.tags = some(TAGS, 1, 4);
    if (random() < 0.08) job.lang = 'de';
    job.html = [
      `<p>${escapeHtml(job.summary)} You will join the ${escapeHtml(department)} team.</p>`,
      '<h3>What you will do</h3>',
      `<ul>${some(DUTIES, 2, 4).map((d) => `<li>${escapeHtml(d)}</li>`).join('')}</ul>`,
      `<p>Apply at <a href="https://example.com/apply/${id}">example.com</a>.</p>`,
    ].join('');
    jobs.push(job);
  }
  const titles = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
  jobs.sort((a, b) => b.time - a.time || titles.compare(a.title, b.title) || (a.id < b.id ? -1 : 1));
  return {
    version: FEED_VERSION,
    generated: new Date(BUILT).toISOString(),
    jobs: jobs.map(({ time: _time, ...job }) => job),
  };
}
