/**
 * After `npm run build-storybook`: storybook-static/ is what a docs site hosts. Checks that it
 * has a Docs page for every element in the manifest and the stories beside them, the theming
 * story among them.
 */
import { readFileSync } from 'node:fs';

interface Entry {
  id: string;
  type: 'docs' | 'story';
  title: string;
  tags?: string[];
}

const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8')) as { entries: Record<string, Entry> };
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: { declarations?: { tagName?: string }[] }[] };
const tags = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []));
const entries = Object.values(index.entries);
const problems = [
  ...tags.flatMap((tag) => {
    const docs = entries.find((entry) => entry.type === 'docs' && entry.title === `Elements/${tag}`);
    const stories = entries.filter((entry) => entry.type === 'story' && entry.title === `Elements/${tag}`);
    return [...(docs?.tags?.includes('autodocs') ? [] : [`no Docs page for <${tag}>`]), ...(stories.length > 0 ? [] : [`no stories for <${tag}>`])];
  }),
  ...(entries.some((entry) => entry.type === 'story' && /theming/i.test(entry.title)) ? [] : ['no theming story']),
];
if (problems.length > 0) {
  console.error(`✗ storybook-static/: ${problems.join('; ')}`);
  process.exit(1);
}
console.log(`storybook-static/: Docs pages for ${tags.map((tag) => `<${tag}>`).join(', ')}, ${entries.filter((entry) => entry.type === 'story').length} stories`);
