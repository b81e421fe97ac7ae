// The published JSON Schema (src/feed/feed.schema.json) and the TypeScript feed types describe
// the same shape: the fields' table (src/feed/fields.ts) lists the schema's properties, each of
// the kind the schema gives it, and a posting that sets every field gives a job with exactly
// those keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parsePosting } from '../../src/build/index.js';
import { EXAMPLE_FIELDS } from '../../src/build/fields.js';
import { INDEX_KEYS, JOB_FIELDS, JOB_KEYS, type FieldDescriptor, type FieldName, type FieldType } from '../../src/feed/fields.js';
import { MAX_JOB_ID } from '../../src/feed/job-id.js';
import { EMPLOYMENT_TYPES, SALARY_UNITS } from '../../src/feed/types.js';
import { EMAIL_PATTERN } from '../../src/sanitize/apply-url.js';

const schema = JSON.parse(readFileSync('src/feed/feed.schema.json', 'utf8'));
const jobSchema = schema.$defs.job;
const indexSchema = JSON.parse(readFileSync('src/feed/feed-index.schema.json', 'utf8'));
const row = (name: FieldName): FieldDescriptor => JOB_FIELDS[name];

/** What the schema says of a field of each kind, as written in feed.schema.json (its other keywords are free). */
const SCHEMA_OF: Record<Exclude<FieldType, 'detailUrl'>, object> = {
  id: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: MAX_JOB_ID },
  text: { $ref: '#/$defs/text' },
  texts: { type: 'array', items: { $ref: '#/$defs/text' } },
  boolean: { type: 'boolean' },
  remote: { enum: [true, false, 'hybrid'] },
  employmentTypes: { type: 'array', items: { enum: [...EMPLOYMENT_TYPES] } },
  salary: { type: 'object', additionalProperties: false },
  email: { type: 'string', pattern: EMAIL_PATTERN.source },
  url: { type: 'string', format: 'uri', pattern: '^https?://' },
  date: { $ref: '#/$defs/isoDate' },
  lang: { type: 'string' },
  dir: { enum: ['ltr', 'rtl'] },
  html: { type: 'string' },
};

/** Whether `actual` has every key of `expected`, with the same value (objects compared the same way). */
function hasAll(actual: unknown, expected: unknown): boolean {
  if (typeof expected !== 'object' || expected === null || Array.isArray(expected)) return JSON.stringify(actual) === JSON.stringify(expected);
  return typeof actual === 'object' && actual !== null && Object.entries(expected).every(([key, value]) => hasAll((actual as Record<string, unknown>)[key], value));
}

test('the fields\' table lists the schema\'s job properties, in its order, each of the kind the schema gives it', () => {
  assert.deepEqual(JOB_KEYS, Object.keys(jobSchema.properties));
  for (const name of JOB_KEYS) {
    const { type } = row(name);
    assert.notEqual(type, 'detailUrl');
    const expected = SCHEMA_OF[type as Exclude<FieldType, 'detailUrl'>];
    assert.ok(hasAll(jobSchema.properties[name], expected), `${name} (${type}): ${JSON.stringify(jobSchema.properties[name])} has ${JSON.stringify(expected)}`);
  }
  assert.deepEqual(JOB_KEYS.filter((name) => row(name).required), jobSchema.required);
});

test('the fields\' table says which fields a split index keeps, as feed-index.schema.json does', () => {
  const summary = indexSchema.$defs.jobSummary;
  const detailUrls = (Object.keys(JOB_FIELDS) as FieldName[]).filter((name) => row(name).type === 'detailUrl');
  assert.deepEqual(Object.keys(summary.properties), [...INDEX_KEYS, ...detailUrls]);
  assert.deepEqual(summary.required, [...INDEX_KEYS, ...detailUrls].filter((name) => row(name).required || row(name).type === 'detailUrl'));
  assert.ok(hasAll(summary.properties.detailUrl, { type: 'string', format: 'uri-reference' }));
});

// Every field of the posting format, set to its example (a posting format's field without an
// example, or whose example the build drops, fails below).
const everyField = `---\n${EXAMPLE_FIELDS.map(([key, example]) => `${key}: ${example}`).join('\n')}\n---\nBody`;

test('a job with every field has exactly the properties the schema lists', () => {
  const result = parsePosting(everyField, 'every.md');
  assert.equal(result.status, 'ok');
  assert.deepEqual(Object.keys(result.job!).sort(), Object.keys(jobSchema.properties).sort());
  assert.deepEqual(Object.keys(result.job!.salary!).sort(), Object.keys(jobSchema.properties.salary.properties).sort());
  assert.deepEqual([...jobSchema.required].sort(), ['html', 'id', 'title']);
});

test('the enums match the TypeScript constants', () => {
  assert.deepEqual(jobSchema.properties.employmentType.items.enum, [...EMPLOYMENT_TYPES]);
  assert.deepEqual(jobSchema.properties.salary.properties.unit.enum, [...SALARY_UNITS]);
  assert.deepEqual(jobSchema.properties.dir.enum, ['ltr', 'rtl']);
});

test('the schema checks contacts with the same pattern the build and the elements use', () => {
  assert.equal(jobSchema.properties.contact.pattern, EMAIL_PATTERN.source);
});

test('a split index summary has the job\'s properties, by reference, without html, contact and applyUrl, plus detailUrl', () => {
  const index = JSON.parse(readFileSync('src/feed/feed-index.schema.json', 'utf8'));
  const summary = index.$defs.jobSummary;
  const kept = Object.keys(jobSchema.properties).filter((key) => !['html', 'contact', 'applyUrl'].includes(key));
  assert.deepEqual(Object.keys(summary.properties).sort(), [...kept, 'detailUrl'].sort());
  for (const key of kept) assert.deepEqual(summary.properties[key], { $ref: `feed.schema.json#/$defs/job/properties/${key}` }, key);
  assert.deepEqual(Object.keys(index.properties).sort(), Object.keys(schema.properties).sort(), 'the same envelope as a feed');
  assert.deepEqual(JSON.parse(readFileSync('src/feed/job.schema.json', 'utf8')).$ref, 'feed.schema.json#/$defs/job');
});
