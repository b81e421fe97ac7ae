// Writes dist/cdn/integrity.json: the Subresource Integrity hash (sha384) of every script in the
// script-tag bundle, keyed by its path inside dist/cdn/. A site pins the entry with `integrity`
// on its script tag, and the chunks (the detail with its sanitizer, the language tables), which
// the entry imports itself, with the `integrity` map of an import map. See SECURITY.md.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = 'dist/cdn';

/** Every `.js` file under `dir`, as paths relative to `root` with `/` separators, sorted. */
function scripts(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return scripts(path);
      return entry.name.endsWith('.js') ? [relative(root, path).split(sep).join('/')] : [];
    })
    .sort();
}

const integrity = Object.fromEntries(
  scripts(root).map((path) => [path, `sha384-${createHash('sha384').update(readFileSync(join(root, path))).digest('base64')}`]),
);
writeFileSync(join(root, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
