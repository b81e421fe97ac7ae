// Copies the files the package ships that TypeScript does not emit: the feed's JSON Schemas
// (the feed, and a split feed's index and job files), the example theme sheets, and the
// build's default job page template.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';

mkdirSync('dist/feed', { recursive: true });
for (const file of readdirSync('src/feed').filter((name) => name.endsWith('.schema.json'))) {
  copyFileSync(`src/feed/${file}`, `dist/feed/${file}`);
}
mkdirSync('dist/themes', { recursive: true });
for (const file of readdirSync('src/themes').filter((name) => name.endsWith('.css'))) {
  copyFileSync(`src/themes/${file}`, `dist/themes/${file}`);
}
mkdirSync('dist/build/templates', { recursive: true });
for (const file of readdirSync('src/build/templates').filter((name) => name.endsWith('.html'))) {
  copyFileSync(`src/build/templates/${file}`, `dist/build/templates/${file}`);
}
