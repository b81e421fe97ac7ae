// The published JSON Schema (src/feed/feed.schema.json) and the TypeScript feed types describe
// the same shape: a posting that sets every field gives a job with exactly the schema's keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parsePosting } from '../../src/build/index.js';
import { EMPLOYMENT_TYPES, SALARY_UNITS } from '../../src/feed/types.js';
import { EMAIL_PATTERN } from '../../src/sanitize/url.js';

const schema = JSON.parse(readFileSync('src/feed/feed.schema.json', 'utf8'));
const jobSchema = schema.$defs.job;

const everyField = `---
title: Everything
summary: Every field set
locations: [Berlin, Remote]
remote: true
department: Engineering
employment_type: [full-time, contract]
salary: {text: "€60,000 – €80,000 a year", currency: EUR}
contact: jobs@example.com
apply_url: https://example.com/apply
date: 2026-01-02
valid_through: 2099-01-01
tags: [a, b]
id: every-field
lang: ar
---
Body`;

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
