// Salary text is kept verbatim; numbers, currency and period are read only when unambiguous.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSalaryText } from '../../src/build/salary.js';

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

for (const [text, lang, expected] of cases) {
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
