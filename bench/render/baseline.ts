/**
 * The hand-written baseline: what a careful page without a framework does with a feed. One
 * string of markup with the same structure and text as our cards (list, list items, article,
 * heading with a link, metadata with hidden labels, summary, tags), every job string escaped,
 * assigned once with `innerHTML`. It formats with cached `Intl` objects, as a page that cares
 * would; it has no search, filters, shadow roots or per-card styles, which is the point of the
 * comparison: what our elements cost on top of the markup itself.
 */
import type { EmploymentType, Job, Salary } from '../../src/feed/types.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const TYPE_LABELS: Record<EmploymentType, string> = {
  FULL_TIME: 'Full-time',
  PART_TIME: 'Part-time',
  CONTRACTOR: 'Contract',
  TEMPORARY: 'Temporary',
  INTERN: 'Internship',
  VOLUNTEER: 'Volunteer',
  PER_DIEM: 'Per diem',
  OTHER: 'Other',
};

const DAY = 86_400_000;
const list = new Intl.ListFormat('en', { type: 'unit', style: 'short' });
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const absolute = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
const year = new Intl.DisplayNames('en', { type: 'dateTimeField' }).of('year') ?? 'year';
const money = new Map<string, Intl.NumberFormat>();

function salaryText(salary: Salary | undefined): string {
  if (!salary) return '';
  if (salary.text) return salary.text;
  if (salary.min === undefined && salary.max === undefined) return '';
  const key = salary.currency ?? '';
  let number = money.get(key);
  if (!number) {
    number = new Intl.NumberFormat('en', { ...(key ? { style: 'currency', currency: key } : {}), maximumFractionDigits: 0 });
    money.set(key, number);
  }
  const amount =
    salary.min !== undefined && salary.max !== undefined && salary.min !== salary.max
      ? number.formatRange(salary.min, salary.max)
      : number.format((salary.min ?? salary.max)!);
  return salary.unit === 'YEAR' ? `${amount} / ${year}` : amount;
}

function relativeDate(iso: string, today: number): string {
  const days = Math.round((Date.parse(iso) - today) / DAY);
  const abs = Math.abs(days);
  if (abs < 7) return relative.format(days, 'day');
  if (abs < 30) return relative.format(Math.trunc(days / 7), 'week');
  if (abs < 365) return relative.format(Math.trunc(days / 30), 'month');
  return relative.format(Math.trunc(days / 365.2425), 'year');
}

const item = (label: string, value: string): string =>
  `<span class="item"><span class="visually-hidden">${label}: </span>${value}</span>`;

function card(job: Job, href: string, today: number): string {
  const words = `${job.lang ? ` lang="${escape(job.lang)}"` : ''} dir="${job.dir ?? 'auto'}"`;
  const meta: string[] = [];
  if (job.locations?.length) {
    const parts = list.formatToParts(job.locations);
    meta.push(item('Location', parts.map((p) => (p.type === 'element' ? `<span${words}>${escape(p.value)}</span>` : escape(p.value))).join('')));
  }
  if (job.department) meta.push(item('Department', `<span${words}>${escape(job.department)}</span>`));
  if (job.employmentType?.length) meta.push(item('Employment type', job.employmentType.map((t) => TYPE_LABELS[t]).join(', ')));
  if (job.remote) meta.push('<span class="badge">Remote</span>');
  const salary = salaryText(job.salary);
  if (salary) meta.push(item('Salary', job.salary?.text ? `<span${words}>${escape(salary)}</span>` : escape(salary)));
  if (job.datePosted) {
    meta.push(
      `<span class="item"><span class="visually-hidden">Posted: </span><time datetime="${escape(job.datePosted)}" title="${absolute.format(Date.parse(job.datePosted))}">${relativeDate(job.datePosted, today)}</time></span>`,
    );
  }
  const tags = job.tags?.length
    ? `<ul class="tags" aria-label="Tags">${job.tags.map((t) => `<li class="badge"${words}>${escape(t)}</li>`).join('')}</ul>`
    : '';
  return `<li class="job" data-job-id="${escape(job.id)}"><article class="card"><h2 class="heading"${words}><a class="link" href="${escape(href)}#job=${encodeURIComponent(job.id)}">${escape(job.title)}</a></h2><div class="meta">${meta.join('')}</div>${
    job.summary ? `<p class="summary"${words}>${escape(job.summary)}</p>` : ''
  }${tags}</article></li>`;
}

/**
 * Renders `jobs` into `host` with one `innerHTML` assignment; with `limit`, only the first
 * `limit` jobs and a "Show more" button, as our list's first page.
 */
export function renderBaseline(host: HTMLElement, jobs: readonly Job[], limit = Infinity): void {
  const shown = jobs.length > limit ? jobs.slice(0, limit) : jobs;
  const now = new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const href = `${location.pathname}${location.search}`;
  let markup = `<p class="count">${jobs.length} jobs</p><ul class="list" role="list">`;
  for (const job of shown) markup += card(job, href, today);
  markup += '</ul>';
  if (shown.length < jobs.length) {
    markup += `<button class="more" type="button">Show ${Math.min(jobs.length - shown.length, limit)} more <span>(${shown.length} of ${jobs.length} shown)</span></button>`;
  }
  host.innerHTML = markup;
}
