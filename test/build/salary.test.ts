// Salary text is kept verbatim; numbers, currency and period are read only when unambiguous.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildFeed } from '../../src/build/index.js';
import { parseSalaryText } from '../../src/build/salary.js';
import { jobPostingLd } from '../../src/seo/job-posting.js';

const cases: [text: string, lang: string | undefined, expected: Record<string, unknown>][] = [
  ['$2000 - $3000', undefined, { min: 2000, max: 3000 }],
  ['€60,000 – €80,000 a year', undefined, { min: 60000, max: 80000, currency: 'EUR', unit: 'YEAR' }],
  ['60.000 € brutto pro Jahr', 'de', { min: 60000, max: 60000, currency: 'EUR', unit: 'YEAR' }],
  ['£45k-£55k per annum', undefined, { min: 45000, max: 55000, currency: 'GBP', unit: 'YEAR' }],
  ['USD 120,000+', undefined, { min: 120000, currency: 'USD' }],
  ['up to $150k/yr', undefined, { max: 150000, unit: 'YEAR' }],
  ['60,000 - 80,000 EUR', undefined, { min: 60000, max: 80000, currency: 'EUR' }],
  ['25 €/h', undefined, { min: 25, max: 25, currency: 'EUR', unit: 'HOUR' }],
  ['A$120,000 - A$140,000', undefined, { min: 120000, max: 140000, currency: 'AUD' }],
  ['CHF 9\'500 monthly', undefined, { min: 9500, max: 9500, currency: 'CHF', unit: 'MONTH' }],
  // Ambiguous or not a salary: the text alone.
  ['Competitive', undefined, {}],
  ['$2000 - $3000 + 10% bonus', undefined, {}],
  ['€50k - $60k', undefined, {}],
  ['60.000 €', 'en', {}],
  ['60,000 €', 'de', {}],
  ['€80k - €60k', undefined, {}],
  ['€40k per hour per year', undefined, {}],
];

// A word for thousands after the upper bound is the lower bound's too, in the ways people write it.
const thousands: typeof cases = [
  ['€60-80k per year', undefined, { min: 60000, max: 80000, currency: 'EUR', unit: 'YEAR' }],
  ['60-80k EUR a year', undefined, { min: 60000, max: 80000, currency: 'EUR', unit: 'YEAR' }],
  ['€60k-80k', undefined, { min: 60000, max: 80000, currency: 'EUR' }],
  ['$120–150K', undefined, { min: 120000, max: 150000 }],
  ['USD 90-110k/yr', undefined, { min: 90000, max: 110000, currency: 'USD', unit: 'YEAR' }],
  ['£45-55k pa', undefined, { min: 45000, max: 55000, currency: 'GBP', unit: 'YEAR' }],
  ['€ 60 – 80 K p.a.', undefined, { min: 60000, max: 80000, currency: 'EUR', unit: 'YEAR' }],
  ['CHF 100 - 120k', undefined, { min: 100000, max: 120000, currency: 'CHF' }],
  ['60-80 kEUR', 'de', { min: 60000, max: 80000, currency: 'EUR' }],
  ['60–80 Tsd. € brutto pro Jahr', 'de', { min: 60000, max: 80000, currency: 'EUR', unit: 'YEAR' }],
  ['60-80 tsd EUR', 'de', { min: 60000, max: 80000, currency: 'EUR' }],
  ['€1,5-2k / Monat', 'de', { min: 1500, max: 2000, currency: 'EUR', unit: 'MONTH' }],
  ['45-55 k€ brut annuel', 'fr', { min: 45000, max: 55000, currency: 'EUR', unit: 'YEAR' }],
  ['40-50 mil € brutos al año', 'es', { min: 40000, max: 50000, currency: 'EUR', unit: 'YEAR' }],
  ['R$ 8-10 mil por mês', 'pt-BR', { min: 8000, max: 10000, currency: 'BRL', unit: 'MONTH' }],
  ['60 - 80 thousand USD', undefined, { min: 60000, max: 80000, currency: 'USD' }],
  // Still ambiguous: the text alone.
  ['€60,000-80k', undefined, {}],
  ['€90-80k', undefined, {}],
  ['€60k-80', undefined, {}],
  ['$1-2 mil', undefined, {}],
  ['₹10-12 lakh per annum', undefined, {}],
];

for (const [text, lang, expected] of [...cases, ...thousands]) {
  test(`salary "${text}"${lang ? ` (${lang})` : ''}`, () => {
    assert.deepEqual(parseSalaryText(text, lang ? { lang } : {}), { text, ...expected });
  });
}

test('an ambiguous symbol takes the currency the build was told', () => {
  assert.deepEqual(parseSalaryText('$90k', { currency: 'CAD' }), { text: '$90k', min: 90000, max: 90000, currency: 'CAD' });
  assert.deepEqual(parseSalaryText('€90k', { currency: 'CAD' }).currency, 'EUR', 'an explicit symbol wins');
});

test('Spanish and French wording of a yearly gross salary', () => {
  assert.deepEqual(parseSalaryText('38.000 € – 45.000 € brutos anuales', { lang: 'es' }), { text: '38.000 € – 45.000 € brutos anuales', min: 38000, max: 45000, currency: 'EUR', unit: 'YEAR' });
  assert.deepEqual(parseSalaryText('50 000 € – 62 000 € brut annuel', { lang: 'fr' }), { text: '50 000 € – 62 000 € brut annuel', min: 50000, max: 62000, currency: 'EUR', unit: 'YEAR' });
});

test('a posting with "€60-80k per year" tells search engines 60,000 to 80,000 EUR', () => {
  const text = '---\ntitle: Backend\nsalary: €60-80k per year\nlocations: ["Berlin, Germany"]\ndate: 2026-05-01\n---\nBuild APIs.\n';
  const result = buildFeed([{ path: 'p/backend.md', text }], { now: new Date('2026-05-02T00:00:00Z') });
  assert.ok(result.ok);
  const [job] = result.feed.jobs;
  assert.deepEqual(job!.salary, { text: '€60-80k per year', min: 60000, max: 80000, currency: 'EUR', unit: 'YEAR' });
  const ld = jobPostingLd(job!, { organization: { name: 'Kestrelmoor' }, descriptionHtml: job!.html, now: new Date('2026-05-02T00:00:00Z') });
  assert.deepEqual(ld?.baseSalary?.value, { '@type': 'QuantitativeValue', minValue: 60000, maxValue: 80000, unitText: 'YEAR' });
});
