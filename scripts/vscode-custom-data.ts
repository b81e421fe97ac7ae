/**
 * Writes dist/vscode.html-custom-data.json from custom-elements.json, so editors that read
 * HTML custom data (VS Code's `html.customData`) complete and document our tags and attributes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

interface ManifestAttribute {
  name: string;
  description?: string;
  type?: { text?: string };
}
interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: ManifestAttribute[];
}
interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
const tags = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .map((element) => ({
    name: element.tagName!,
    description: [element.summary, element.description].filter(Boolean).join('\n\n'),
    attributes: (element.attributes ?? []).map((attribute) => {
      // A union of string literals (`'light' | 'dark'`) becomes a list of values to complete.
      const values = [...(attribute.type?.text ?? '').matchAll(/'([^']+)'/g)].map((m) => ({ name: m[1]! }));
      return { name: attribute.name, description: attribute.description ?? '', ...(values.length > 0 ? { values } : {}) };
    }),
    references: [{ name: 'README', url: 'https://www.npmjs.com/package/job-widgets' }],
  }));

mkdirSync('dist', { recursive: true });
writeFileSync('dist/vscode.html-custom-data.json', JSON.stringify({ version: 1.1, tags }, null, 2) + '\n');
