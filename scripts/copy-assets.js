// Copies the non-TypeScript files the package ships (the feed's JSON Schema) next to the compiled code.
import { copyFileSync, mkdirSync } from 'node:fs';

mkdirSync('dist/feed', { recursive: true });
copyFileSync('src/feed/feed.schema.json', 'dist/feed/feed.schema.json');
