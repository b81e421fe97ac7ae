// The stories' jobs (stories/data/jobs.json) are the demo postings as the build writes them: after a
// change to demo/postings/, the stories would otherwise go on showing the old jobs (the demo's
// featured and hybrid jobs were missing from them until this test). stories/data.ts says how to
// regenerate the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { buildFeed } from '../../src/build/index.js';

test('stories/data/jobs.json is the build of demo/postings/ (regenerate it as stories/data.ts says)', () => {
  const files = readdirSync('demo/postings')
    .sort()
    .map((name) => `demo/postings/${name}`);
  const result = buildFeed(
    files.map((path) => ({ path, text: readFileSync(path, 'utf8') })),
    { now: new Date('2026-12-01T00:00:00Z') },
  );
  assert.ok(result.json, 'the demo postings build');
  assert.deepEqual(JSON.parse(readFileSync('stories/data/jobs.json', 'utf8')), JSON.parse(result.json));
});
