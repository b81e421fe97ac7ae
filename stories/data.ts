/**
 * The stories' data: real jobs, built once from demo/postings/ by the library's own build and
 * kept in data/jobs.json so that stories need neither Node nor the network. After changing the
 * demo postings, regenerate it from the repository root with:
 *
 *   npx tsx -e "import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
 *     import { buildFeed } from './src/build/index.ts';
 *     const files = readdirSync('demo/postings').sort().map((f) => 'demo/postings/' + f);
 *     const result = buildFeed(files.map((path) => ({ path, text: readFileSync(path, 'utf8') })),
 *       { now: new Date('2026-12-01T00:00:00Z') });
 *     writeFileSync('stories/data/jobs.json', result.json!);"
 *
 * test/build/stories-data.test.ts fails when the file is not that build.
 */
import type { Feed, Job } from '../src/feed/types.js';
import feedData from './data/jobs.json' with { type: 'json' };

/** The demo feed: every demo posting that is neither a draft nor expired. */
export const feed = feedData as Feed;

/** The clock of every story, so that "3 days ago" reads the same today and next year. */
export const STORY_NOW = new Date('2026-12-01T12:00:00.000Z');

function jobById(id: string): Job {
  const job = feed.jobs.find((candidate) => candidate.id === id);
  if (!job) throw new Error(`stories/data/jobs.json has no job "${id}"; regenerate it (see stories/data.ts).`);
  return job;
}

/** Every demo job, newest first. */
export const allJobs: readonly Job[] = feed.jobs;

/** The seed posting (demo/postings/senior-rust-engineer.md): undated, no department, the longest body. */
export const seedJob = jobById('senior-rust-engineer');

/** The Arabic posting: `lang: ar`, so the build marks it `dir: rtl`. */
export const arabicJob = jobById('enterprise-sales-dubai');

/** A job with every field a card shows: several locations, remote, a salary range, tags. */
export const richJob = jobById('staff-distributed-systems-engineer');

/** A handful of jobs from four departments, for the filter and grouping stories. */
export const someJobs: readonly Job[] = [
  'staff-distributed-systems-engineer',
  'site-reliability-engineer',
  'data-engineer-streaming',
  'machine-learning-engineer',
  'product-designer',
  'customer-success-manager',
].map(jobById);

/**
 * The worst case for layout, made from two real postings: a very long title, a word too long
 * for any line, many locations and tags, and both bodies one after the other.
 */
export const longJob: Job = {
  ...richJob,
  id: 'long-posting',
  title:
    'Principal Distributed Systems Engineer, Storage, Replication and Query Execution (Rust), Platform Infrastructure Group — EMEA and APAC',
  summary: `${seedJob.summary ?? ''} Keywords: DistributedConsensusReplicationShardingQueryPlanningObservabilityAndOnCallEngineering.`,
  locations: ['Berlin', 'London', 'Paris', 'Lisbon', 'Madrid', 'Amsterdam', 'Remote (Europe)', 'Remote (Asia-Pacific)'],
  tags: [...(richJob.tags ?? []), 'raft', 'paxos', 'kubernetes', 'observability', 'on-call', 'open source', 'query planning'],
  html: `${seedJob.html}${richJob.html}`,
};
