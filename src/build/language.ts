/**
 * Language tags as the build takes them, from a posting's `lang`, the CLI's `--lang` and the Vite
 * plugin's `lang`: one check, and one hint for what to write instead.
 */

/**
 * The canonical form of a BCP 47 language tag (`de-ch` → `de-CH`), or undefined. On top of
 * `Intl.getCanonicalLocales`, the language must have 2 or 3 letters (ISO 639): the syntax keeps
 * 5 to 8 letters for languages registered later, none ever was, and so `german` would pass.
 */
export function languageTag(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const [tag] = Intl.getCanonicalLocales(value.trim());
    if (tag !== undefined && /^[a-z]{2,3}(?:-|$)/.test(tag)) return tag;
  } catch {
    // not well-formed
  }
  return undefined;
}

/**
 * What to write instead of a value that is not a language tag, each example made by `write`
 * (`(tag) => \`lang: ${tag}\``): the code of a language written out by name (`german`, `Deutsch`),
 * the dashed form of `en_US`, or else `de` and `de-CH`.
 */
export function languageHint(value: unknown, write: (tag: string) => string): string {
  if (typeof value === 'string') {
    const dashed = languageTag(value.replace(/_/g, '-'));
    if (dashed !== undefined && value.includes('_')) return `Write ${write(dashed)}, with a dash.`;
    const code = codesByName().get(nameKey(value));
    if (code !== undefined) {
      const region = new Intl.Locale(code).maximize().region;
      return `"${value.trim()}" is the language's name; write its code, ${write(code)}${region ? ` (or with a region, such as ${write(`${code}-${region}`)})` : ''}.`;
    }
  }
  return `Write a language code such as ${write('de')}, or with a region, such as ${write('de-CH')} for German as written in Switzerland.`;
}

let names: Map<string, string> | undefined;

/** Two-letter language codes by their English name and their own (`german`, `deutsch` → `de`); made on the first bad tag. */
function codesByName(): Map<string, string> {
  if (names) return names;
  names = new Map();
  const english = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  for (let first = 0; first < 26; first++) {
    for (let second = 0; second < 26; second++) {
      const code = String.fromCharCode(97 + first, 97 + second);
      const name = english.of(code);
      if (name === undefined) continue;
      names.set(nameKey(name), code);
      const own = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
      if (own !== undefined && !names.has(nameKey(own))) names.set(nameKey(own), code);
    }
  }
  return names;
}

function nameKey(name: string): string {
  return name.trim().normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}
