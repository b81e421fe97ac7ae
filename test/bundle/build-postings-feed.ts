/**
 * The realistic postings for the browser tests of the built bundle (Node-only: the build, gray-matter,
 * marked), written before they run to `.generated/postings.json`: every posting of demo/postings/
 * (the seed, senior-rust-engineer.md, among them) twice, as the build writes it into a feed, and
 * with its markdown through plain marked, as a feed that skipped the build would carry it (raw
 * HTML in the markdown unfiltered, headings not moved).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { Marked } from 'marked';
import { parsePosting } from '../../src/build/index.js';
import type { Job } from '../../src/feed/types.js';

const out = fileURLToPath(new URL('./.generated/', import.meta.url));
const now = new Date('2026-03-10T12:00:00.000Z');
const folder = 'demo/postings';

const built: Job[] = [];
const unbuilt: Job[] = [];
const marked = new Marked({ gfm: true });
for (const name of readdirSync(folder)) {
  const text = readFileSync(`${folder}/${name}`, 'utf8');
  const result = parsePosting(text, `${folder}/${name}`, { now });
  // Drafts and expired postings too: their bodies are as realistic as the others'.
  if (!result.job) throw new Error(`${name} did not build: ${result.errors.map((error) => error.message).join('; ')}`);
  built.push(result.job);
  unbuilt.push({ ...result.job, id: `${result.job.id}-unbuilt`, html: marked.parse(matter(text).content, { async: false }) });
}

mkdirSync(out, { recursive: true });
writeFileSync(`${out}postings.json`, JSON.stringify({ jobs: [...built, ...unbuilt] }));
