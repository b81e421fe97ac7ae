// Copies the files the package ships that TypeScript does not emit: the feed's JSON Schema and
// the example theme sheets.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';

mkdirSync('dist/feed', { recursive: true });
copyFileSync('src/feed/feed.schema.json', 'dist/feed/feed.schema.json');
mkdirSync('dist/themes', { recursive: true });
for (const file of readdirSync('src/themes').filter((name) => name.endsWith('.css'))) {
  copyFileSync(`src/themes/${file}`, `dist/themes/${file}`);
}
