/**
 * Reading a posting's free-text locations as places, for structured data. Search engines take a
 * wrong address as a fact, so a location becomes an address only when its shape says which part
 * is what: `Country`, `City, Country` or `City, Region, Country`, where the last part is a country
 * this runtime can name (in English or the posting's language), or a bare place name (`Berlin`),
 * taken as the locality with no country rather than a guessed one: an on-site job needs a
 * `jobLocation` to be shown at all. Regions (`EMEA`, `Europe`), abbreviations and `Portland, OR`
 * are left out rather than guessed at. Pure: no DOM, no Node APIs.
 */

/** A location read without guessing. `country` is an ISO 3166-1 alpha-2 code. */
export interface Address {
  locality?: string;
  region?: string;
  /** Absent for a bare place name, whose country the posting does not say. */
  country?: string;
}

export interface ReadLocation {
  /** The location says the work is remote (`Remote`, `Remote (Germany)`, `Spain (remote)`). */
  remote: boolean;
  /** The place itself, without the remote marker; empty for a bare `Remote`. */
  text: string;
  address?: Address;
}

// A remote marker as a word of its own (not `remote-first`), and the punctuation that sets it off.
const REMOTE = /(?<![\p{L}-])(?:fully |100% )?(?:remote|anywhere|worldwide)(?![\p{L}-])/giu;
const EDGE_PUNCTUATION = /^[\s,;:/|()–—-]+|[\s,;:/|()–—-]+$/g;

/** Reads one entry of a job's `locations`; `lang` is the posting's language. */
export function readLocation(location: string, lang?: string): ReadLocation {
  const trimmed = location.trim();
  const text = trimmed.replace(REMOTE, ' ');
  const remote = text !== trimmed;
  const place = remote ? text.replace(EDGE_PUNCTUATION, '').replace(/\s*\(\s*\)\s*/g, ' ').trim() : trimmed;
  const address = readAddress(place, lang);
  return address ? { remote, text: place, address } : { remote, text: place };
}

function readAddress(text: string, lang: string | undefined): Address | undefined {
  // Digits mean a street or a postal code, brackets a comment: shapes this reader does not guess at.
  if (text === '' || /[\d()[\]]/.test(text)) return undefined;
  const parts = text.split(',').map((part) => part.trim());
  if (parts.some((part) => part === '') || parts.length > 3) return undefined;
  const country = countryCode(parts[parts.length - 1]!, lang);
  if (!country) return parts.length === 1 && isPlaceName(parts[0]!) ? { locality: parts[0]! } : undefined;
  if (parts.length === 1) return { country };
  if (parts.length === 2) return { locality: parts[0]!, country };
  return { locality: parts[0]!, region: parts[1]!, country };
}

// Words for areas larger than a town, which a bare name must not be taken for.
const REGIONS = new Set(['europe', 'asia', 'africa', 'oceania', 'americas', 'north america', 'south america', 'latin america', 'middle east', 'nordics', 'benelux', 'global', 'international', 'hybrid', 'on-site', 'onsite', 'office']);

// A town's name: letters, spaces, dots, apostrophes and hyphens, and not an abbreviation such as
// `EMEA` or `NYC` (which may stand for anything from a city to a continent).
function isPlaceName(text: string): boolean {
  // All capitals only counts in scripts with capitals: 東京 and دبي are names.
  const abbreviation = text === text.toUpperCase() && text !== text.toLowerCase();
  return /^[\p{L}][\p{L}\p{M} .'’-]*$/u.test(text) && !abbreviation && !REGIONS.has(normalize(text));
}

// Names CLDR does not give that people write all the time. A Map: a posting's text is the key,
// and `Remote (constructor)` must not find `Object.prototype.constructor`.
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['usa', 'US'],
  ['united states of america', 'US'],
  ['great britain', 'GB'],
  ['england', 'GB'],
  ['scotland', 'GB'],
  ['wales', 'GB'],
  ['northern ireland', 'GB'],
  ['uae', 'AE'],
]);

// Country names that are also the name of a state elsewhere (`Atlanta, Georgia`).
const AMBIGUOUS = new Set(['georgia']);

// CLDR region codes that are not ISO 3166-1 countries (Canary Islands, European Union, Kosovo…).
const NOT_COUNTRIES = new Set(['AC', 'CP', 'CQ', 'DG', 'EA', 'EU', 'EZ', 'IC', 'QO', 'TA', 'UN', 'XA', 'XB', 'XK', 'ZZ']);

const namesByLanguage = new Map<string, Map<string, string | null>>();

/** The ISO 3166-1 alpha-2 code of a country name (`Germany`, `Deutschland` in German, `UK`). */
function countryCode(name: string, lang?: string): string | undefined {
  const key = normalize(name);
  if (AMBIGUOUS.has(key)) return undefined;
  const alias = ALIASES.get(key);
  if (alias) return alias;
  for (const language of new Set(['en', ...(lang ? [lang] : [])])) {
    const code = countryNames(language)?.get(key);
    if (code) return code;
  }
  return undefined;
}

/** The English name of a country code, for `applicantLocationRequirements`. */
export function countryName(code: string): string {
  return new Intl.DisplayNames('en', { type: 'region', fallback: 'code' }).of(code) ?? code;
}

function normalize(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

// Every country's long and short name in one language (`United Kingdom`, `UK`). A name two
// countries share maps to `null`: it names neither.
function countryNames(language: string): Map<string, string | null> | undefined {
  let names = namesByLanguage.get(language);
  if (names) return names;
  let long: Intl.DisplayNames;
  let short: Intl.DisplayNames;
  try {
    long = new Intl.DisplayNames(language, { type: 'region', fallback: 'none' });
    short = new Intl.DisplayNames(language, { type: 'region', fallback: 'none', style: 'short' });
  } catch {
    return undefined;
  }
  names = new Map();
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      if (NOT_COUNTRIES.has(code) || new Intl.Locale(`und-${code}`).region !== code) continue;
      for (const name of new Set([long.of(code), short.of(code)])) {
        if (!name) continue;
        const key = normalize(name);
        const known = names.get(key);
        names.set(key, known === undefined || known === code ? code : null);
      }
    }
  }
  namesByLanguage.set(language, names);
  return names;
}
