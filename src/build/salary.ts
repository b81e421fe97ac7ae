/**
 * Reading numbers out of salary text, only when nothing has to be guessed. The text itself is
 * always kept for display; `min`, `max`, `currency` and `unit` are extra facts for filtering and
 * structured data, so a wrong guess would be worse than no number at all.
 */
import type { Salary, SalaryUnit } from '../feed/types.js';

/** Symbols that name exactly one currency (Maps here and below: a posting's text is the key). */
const UNAMBIGUOUS_SYMBOLS: ReadonlyMap<string, string> = new Map(Object.entries({
  '€': 'EUR', '£': 'GBP', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₪': 'ILS', '₱': 'PHP',
  '₫': 'VND', '₴': 'UAH', 'zł': 'PLN', 'A$': 'AUD', 'AU$': 'AUD', 'US$': 'USD', 'C$': 'CAD',
  'CA$': 'CAD', 'NZ$': 'NZD', 'HK$': 'HKD', 'S$': 'SGD', 'R$': 'BRL', 'MX$': 'MXN', 'CHF': 'CHF',
}));
/** Symbols used by several currencies: `$` (USD, AUD, CAD…), `¥` (JPY, CNY), `kr` (SEK, NOK, DKK). */
const AMBIGUOUS_SYMBOLS = new Set(['$', '¥', '￥', 'kr', 'kr.']);

const UNIT_WORDS: [RegExp, SalaryUnit][] = [
  [/(?:\/|\bper\b|\ban?\b|\bpro\b|\bpar\b|\bal\b|\bpor\b)\s*(?:hour|hr|h|stunde|heure|hora)\b\.?|\bhourly\b|\bstündlich\b|時給/i, 'HOUR'],
  [/(?:\/|\bper\b|\ban?\b|\bpro\b|\bpar\b|\bal\b|\bpor\b)\s*(?:day|d|tag|jour|día|dia)\b\.?|\bdaily\b|日給/i, 'DAY'],
  [/(?:\/|\bper\b|\ban?\b|\bpro\b|\bpar\b|\bpor\b)\s*(?:week|wk|woche|semaine|semana)\b\.?|\bweekly\b/i, 'WEEK'],
  [/(?:\/|\bper\b|\ban?\b|\bpro\b|\bpar\b|\bal\b|\bpor\b)\s*(?:month|mo|mth|monat|mois|mes|mês)\b\.?|\bmonthly\b|\bmonatlich\b|\bp\.?\s?m\.?(?=\s|$)|月給|月収/i, 'MONTH'],
  [/(?:\/|\bper\b|\ban?\b|\bpro\b|\bpar\b|\bal\b|\bpor\b)\s*(?:year|yr|annum|jahr|an|año|ano)\b\.?|\byearly\b|\bannual(?:ly)?\b|\banuale?s?\b|\bannuel(?:le)?s?\b|\bjährlich\b|\bp\.?\s?a\.?(?=\s|$)|年収|年俸/i, 'YEAR'],
];
// Words that say nothing about the amount and may stand around it.
const FILLER = /\b(?:gross|net|brutto|netto|brut|bruto|brutos|bruta|neto|netos|base|salary|pay|approx(?:imately)?|ca\.|about|around)(?=\s|$)/gi;

const CURRENCY_CODES = new Set(Intl.supportedValuesOf('currency'));

/** True for an ISO 4217 code this runtime knows, such as `EUR`. */
export function isCurrencyCode(code: unknown): code is string {
  return typeof code === 'string' && /^[A-Z]{3}$/.test(code) && CURRENCY_CODES.has(code);
}

const SYMBOL_PATTERN = [...UNAMBIGUOUS_SYMBOLS.keys(), ...AMBIGUOUS_SYMBOLS]
  .sort((a, b) => b.length - a.length)
  .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
const CURRENCY = `(?:${SYMBOL_PATTERN}|[A-Z]{3})`;
const AMOUNT = `\\d[\\d.,'\\u00a0\\u202f ]*\\d|\\d`;
/** Words for "thousand" after an amount (`60k`, `60 Tsd.`, `60 mil`); the pattern is case-insensitive. */
const THOUSANDS = `k|tsd\\.?|tausend|thousand|mil`;
const SIDE = `(${CURRENCY})?\\s*(${AMOUNT})\\s*(${THOUSANDS})?\\s*(${CURRENCY})?`;
const RANGE = new RegExp(`^(?:(from|ab|à partir de|desde)\\s*)?(?:(up to|bis zu|jusqu'à|hasta)\\s*)?${SIDE}(?:\\s*(?:-|–|—|to|bis|à|a|~|〜)\\s*${SIDE})?(\\+)?$`, 'i');

export interface SalaryContext {
  /** The posting's language, which decides whether `60.000` is sixty thousand. */
  lang?: string;
  /** What an ambiguous symbol such as `$` stands for (the build's `currency` option or the posting's). */
  currency?: string;
}

/** The salary for free text: the text verbatim, plus the numbers when they are unambiguous. */
export function parseSalaryText(text: string, context: SalaryContext = {}): Salary {
  const salary: Salary = { text };
  let rest = text.trim();
  let unit: SalaryUnit | undefined;
  for (const [pattern, candidate] of UNIT_WORDS) {
    if (pattern.test(rest)) {
      if (unit) return salary; // two periods named: no guess
      unit = candidate;
      rest = rest.replace(pattern, ' ');
    }
  }
  rest = rest.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
  rest = rest.replace(/[,;:]$/, '').trim();
  const match = RANGE.exec(rest);
  if (!match) return salary;
  const [, from, upTo, cur1, amount1, k1, cur2, cur3, amount2, k2, cur4, plus] = match;
  const upperFactor = factor(k2, context.lang);
  // `€60-80k`: the thousands after the upper bound are the lower bound's too. Should that make
  // the lower bound larger than the upper (`€60,000-80k`), the range is not read at all.
  const lowerFactor = k1 === undefined ? upperFactor : factor(k1, context.lang);
  if (lowerFactor === null || upperFactor === null) return salary;
  const first = parseAmount(amount1!, lowerFactor, context.lang);
  const second = amount2 === undefined ? undefined : parseAmount(amount2, upperFactor, context.lang);
  if (first === undefined || (amount2 !== undefined && second === undefined)) return salary;

  const symbols = [cur1, cur2, cur3, cur4].filter((c): c is string => c !== undefined);
  const currency = resolveCurrency(symbols, context.currency);
  if (currency === null) return salary;

  if (second !== undefined) {
    if (second < first) return salary;
    Object.assign(salary, { min: first, max: second });
  } else if (upTo) salary.max = first;
  else if (from || plus) salary.min = first;
  else Object.assign(salary, { min: first, max: first });
  if (currency) salary.currency = currency;
  if (unit) salary.unit = unit;
  return salary;
}

/**
 * The one currency the symbols name, `undefined` when none is named, or `null` when they
 * disagree (`€50k - $60k`).
 */
function resolveCurrency(symbols: string[], fallback: string | undefined): string | undefined | null {
  const codes = new Set<string>();
  for (const symbol of symbols) {
    const upper = symbol.toUpperCase();
    const code = UNAMBIGUOUS_SYMBOLS.get(symbol);
    if (code) codes.add(code);
    else if (AMBIGUOUS_SYMBOLS.has(symbol.toLowerCase())) codes.add(fallback ?? '?');
    else if (isCurrencyCode(upper)) codes.add(upper);
    else return null;
  }
  if (codes.size > 1) return null;
  const [code] = codes;
  if (code === undefined) return fallback;
  return code === '?' ? undefined : code;
}

/** Languages in which `mil` is a thousand; in English it may be a million (`$1.2 mil`). */
const MIL_IS_THOUSAND: ReadonlySet<string> = new Set(['es', 'pt', 'ca', 'gl']);

/**
 * What a word for thousands multiplies by: 1000, `undefined` without a word, or `null` when the
 * word means something else in the posting's language.
 */
function factor(word: string | undefined, lang = 'en'): number | undefined | null {
  if (word === undefined) return undefined;
  if (word.toLowerCase() === 'mil') return MIL_IS_THOUSAND.has(lang.split('-')[0]!.toLowerCase()) ? 1000 : null;
  return 1000;
}

/** Reads `60,000`, `60.000` (in a language that groups with dots), `60k`, `1 234,50`. */
function parseAmount(raw: string, thousands: number | undefined, lang = 'en'): number | undefined {
  const { group, decimal } = separators(lang);
  let digits = raw.replace(/[\s\u00a0\u202f']/g, (space) => (space === "'" || /\s/.test(space) ? '' : space));
  const separatorsUsed = [...new Set(digits.replace(/\d/g, ''))];
  if (separatorsUsed.length > 2) return undefined;
  if (separatorsUsed.length === 2) {
    // Both kinds: the last one is the decimal mark; it must be the language's.
    const last = digits.replace(/\d/g, '').slice(-1);
    if (last !== decimal) return undefined;
    digits = digits.split(group).join('').replace(decimal, '.');
  } else if (separatorsUsed.length === 1) {
    const mark = separatorsUsed[0]!;
    const groups = digits.split(mark);
    const looksGrouped = groups.slice(1).every((g) => g.length === 3);
    if (groups.length > 2) {
      if (!looksGrouped) return undefined;
      digits = groups.join('');
    } else if (looksGrouped) {
      // `60,000` or `60.000`: a thousands group only where the language groups with that mark.
      if (mark !== group) return undefined;
      digits = groups.join('');
    } else {
      if (mark !== decimal && !(thousands && groups[1]!.length <= 2)) return undefined;
      digits = groups.join('.');
    }
  }
  const value = Number(digits) * (thousands ?? 1);
  return Number.isFinite(value) && value > 0 ? Math.round(value * 100) / 100 : undefined;
}

const separatorCache = new Map<string, { group: string; decimal: string }>();

function separators(lang: string): { group: string; decimal: string } {
  let cached = separatorCache.get(lang);
  if (!cached) {
    const parts = new Intl.NumberFormat(lang).formatToParts(12345.6);
    const group = parts.find((p) => p.type === 'group')?.value ?? ',';
    cached = { group: /\s/.test(group) ? ' ' : group, decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.' };
    separatorCache.set(lang, cached);
  }
  return cached;
}

/** Normalises a salary period word (`hourly`, `year`, `per annum`) to a schema.org unit. */
export function parseSalaryUnit(value: unknown): SalaryUnit | undefined {
  if (typeof value !== 'string') return undefined;
  return UNIT_NAMES.get(value.trim().toLowerCase());
}

const UNIT_NAMES: ReadonlyMap<string, SalaryUnit> = new Map(Object.entries({
  hour: 'HOUR', hourly: 'HOUR', hr: 'HOUR',
  day: 'DAY', daily: 'DAY',
  week: 'WEEK', weekly: 'WEEK',
  month: 'MONTH', monthly: 'MONTH',
  year: 'YEAR', yearly: 'YEAR', annual: 'YEAR', annually: 'YEAR', annum: 'YEAR', 'per annum': 'YEAR',
} as const));
