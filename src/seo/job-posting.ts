/**
 * A job as schema.org `JobPosting` structured data (JSON-LD), following Google's guidelines for
 * job postings (https://developers.google.com/search/docs/appearance/structured-data/job-posting).
 * Pure: no DOM and no Node APIs, so that `<job-detail>` in the browser and the build's static
 * pages write the same object.
 *
 * A search engine takes every field as a fact, so a field is written only when the job states
 * it: no address for a location that does not read as one (`src/seo/places.ts`), no salary
 * without numbers, a currency and a period. When a field Google requires cannot be written,
 * there is no JobPosting at all rather than an invalid one.
 */
import type { EmploymentType, Job, Organization, Salary, SalaryUnit } from '../feed/types.js';
import { endOfValidity, isIsoDate } from '../feed/validity.js';
import { isWebUrl, safeUrl } from '../sanitize/url.js';
import { countryName, readLocation, type Address } from './places.js';
import { escapeText } from '../sanitize/escape.js';

export interface OrganizationLd {
  '@type': 'Organization';
  name: string;
  sameAs?: string;
  logo?: string;
}

export interface PostalAddressLd {
  '@type': 'PostalAddress';
  addressLocality?: string;
  addressRegion?: string;
  /** ISO 3166-1 alpha-2. */
  addressCountry?: string;
}

export interface PlaceLd {
  '@type': 'Place';
  address: PostalAddressLd;
}

export interface AreaLd {
  '@type': 'Country' | 'AdministrativeArea';
  name: string;
}

export interface QuantitativeValueLd {
  '@type': 'QuantitativeValue';
  value?: number;
  minValue?: number;
  maxValue?: number;
  unitText: SalaryUnit;
}

export interface MonetaryAmountLd {
  '@type': 'MonetaryAmount';
  currency: string;
  value: QuantitativeValueLd;
}

export interface PropertyValueLd {
  '@type': 'PropertyValue';
  name: string;
  value: string;
}

/** A schema.org `JobPosting` as `jobPostingLd` writes it. */
export interface JobPostingLd {
  '@context': 'https://schema.org';
  '@type': 'JobPosting';
  title: string;
  /** HTML. */
  description: string;
  datePosted: string;
  validThrough?: string;
  employmentType?: EmploymentType | EmploymentType[];
  hiringOrganization: OrganizationLd;
  jobLocation?: PlaceLd | PlaceLd[];
  jobLocationType?: 'TELECOMMUTE';
  applicantLocationRequirements?: AreaLd | AreaLd[];
  baseSalary?: MonetaryAmountLd;
  identifier: PropertyValueLd;
  directApply: boolean;
  url?: string;
}

export interface JobPostingOptions {
  /** Who is hiring; required (Google's `hiringOrganization`). */
  organization?: Organization | undefined;
  /** The URL of the page that shows the job; written when it is an absolute web URL. */
  url?: string | undefined;
  /** The clock an expired job is judged by; default now. */
  now?: Date | undefined;
  /**
   * The job's body as sanitized HTML: the caller sanitizes (the browser with `sanitizeHtml`, the
   * build with its own pipeline), since this module has no parser. Without it, the summary.
   */
  descriptionHtml?: string | undefined;
}

/**
 * The job's `JobPosting`, or `undefined` when the job has expired or misses what Google requires:
 * a title; a description (the body, else the summary); an ISO 8601 `datePosted`; an organization
 * with a name; and a place: an office address (`jobLocation`), or for a remote job a country or
 * region applicants may live in (`applicantLocationRequirements`).
 */
export function jobPostingLd(job: Job, options: JobPostingOptions = {}): JobPostingLd | undefined {
  const now = (options.now ?? new Date()).getTime();
  if (job.validThrough !== undefined && endOfValidity(job.validThrough) < now) return undefined;

  const title = job.title.trim();
  const description = options.descriptionHtml?.trim() || (job.summary?.trim() ? escapeText(job.summary.trim()) : undefined);
  const datePosted = isIsoDate(job.datePosted) ? job.datePosted : undefined;
  const hiringOrganization = organizationLd(options.organization);
  const places = placesOf(job);
  const hasPlace = places.offices.length > 0 || (places.remote && places.areas.length > 0);
  if (!title || !description || !datePosted || !hiringOrganization || !hasPlace) return undefined;

  const ld: JobPostingLd = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title,
    description,
    datePosted,
    hiringOrganization,
    identifier: { '@type': 'PropertyValue', name: hiringOrganization.name, value: job.id },
    directApply: isWebUrl(job.applyUrl),
  };
  if (isIsoDate(job.validThrough)) ld.validThrough = job.validThrough;
  if (job.employmentType?.length) ld.employmentType = oneOrMany(job.employmentType);
  if (places.offices.length > 0) ld.jobLocation = oneOrMany(places.offices);
  if (places.remote) {
    ld.jobLocationType = 'TELECOMMUTE';
    if (places.areas.length > 0) ld.applicantLocationRequirements = oneOrMany(places.areas);
  }
  const baseSalary = salaryLd(job.salary);
  if (baseSalary) ld.baseSalary = baseSalary;
  if (isWebUrl(options.url)) ld.url = safeUrl(options.url)!;
  return ld;
}

/**
 * The text of a `<script type="application/ld+json">` for `ld`: JSON with `<`, `>` and `&`
 * escaped, so that no value can close the script (`</script>`) or open a comment in HTML, and
 * U+2028/U+2029 escaped for older JavaScript parsers that read it.
 */
export function jsonLdScriptText(ld: object): string {
  return JSON.stringify(ld).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// Offices are locations that read as an address. For a remote job (`remote: true`, or a location
// such as `Remote (Germany)` in a job that is not hybrid) the areas applicants may live in are the countries and regions its
// remote locations name, and its locations that are a country and nothing more: `Germany` in a
// remote job says where people may work from, not where an office is.
function placesOf(job: Job): { offices: PlaceLd[]; remote: boolean; areas: AreaLd[] } {
  const locations = (job.locations ?? []).map((location) => readLocation(location, job.lang));
  // Google's TELECOMMUTE is for jobs remote all of the time: a hybrid job is its offices alone.
  const remote = job.remote === true || (job.remote !== 'hybrid' && locations.some((location) => location.remote));
  const offices: PlaceLd[] = [];
  const areas: AreaLd[] = [];
  for (const { remote: remoteLocation, text, address } of locations) {
    if (!address) continue;
    const countryOnly = address.locality === undefined && address.country !== undefined;
    if (remoteLocation || (remote && countryOnly)) {
      areas.push(
        countryOnly ? { '@type': 'Country', name: countryName(address.country!) } : { '@type': 'AdministrativeArea', name: text },
      );
    } else {
      offices.push({ '@type': 'Place', address: postalAddress(address) });
    }
  }
  return { offices: unique(offices), remote, areas: unique(areas) };
}

function postalAddress({ locality, region, country }: Address): PostalAddressLd {
  return {
    '@type': 'PostalAddress',
    ...(locality ? { addressLocality: locality } : {}),
    ...(region ? { addressRegion: region } : {}),
    ...(country ? { addressCountry: country } : {}),
  };
}

function organizationLd(organization: Organization | undefined): OrganizationLd | undefined {
  // An app's `organization` property is not type-checked at run time.
  const name = typeof organization?.name === 'string' ? organization.name.trim() : undefined;
  if (!organization || !name) return undefined;
  const ld: OrganizationLd = { '@type': 'Organization', name };
  if (isWebUrl(organization.url)) ld.sameAs = safeUrl(organization.url)!;
  if (isWebUrl(organization.logo)) ld.logo = safeUrl(organization.logo)!;
  return ld;
}

// Only numbers the build (or a feed) read without guessing, with the currency and the period
// they are in: `$60k` (which dollar?) or `€60k` (a year? a month?) give no baseSalary.
function salaryLd(salary: Salary | undefined): MonetaryAmountLd | undefined {
  if (!salary?.currency || !/^[A-Z]{3}$/.test(salary.currency) || !salary.unit) return undefined;
  const amount = (n: number | undefined) => (n !== undefined && Number.isFinite(n) && n > 0 ? n : undefined);
  const min = amount(salary.min);
  const max = amount(salary.max);
  if ((salary.min !== undefined && min === undefined) || (salary.max !== undefined && max === undefined)) return undefined;
  let value: Omit<QuantitativeValueLd, '@type' | 'unitText'>;
  if (min !== undefined && max !== undefined) {
    if (min > max) return undefined;
    value = min === max ? { value: min } : { minValue: min, maxValue: max };
  } else if (min !== undefined) value = { minValue: min };
  else if (max !== undefined) value = { maxValue: max };
  else return undefined;
  return { '@type': 'MonetaryAmount', currency: salary.currency, value: { '@type': 'QuantitativeValue', ...value, unitText: salary.unit } };
}


function oneOrMany<T>(items: readonly T[]): T | T[] {
  return items.length === 1 ? items[0]! : [...items];
}

function unique<T>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
