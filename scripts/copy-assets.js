// Copies the files the package ships that TypeScript does not emit: the feed's JSON Schemas
// (the feed, and a split feed's index and job files) and the example theme sheets.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';

mkdirSync('dist/feed', { recursive: true });
for (const file of readdirSync('src/feed').filter((name) => name.endsWith('.schema.json'))) {
  copyFileSync(`src/feed/${file}`, `dist/feed/${file}`);
}
mkdirSync('dist/themes', { recursive: true });
for (const file of readdirSync('src/themes').filter((name) => name.endsWith('.css'))) {
  copyFileSync(`src/themes/${file}`, `dist/themes/${file}`);
}
