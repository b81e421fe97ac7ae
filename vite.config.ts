/**
 * Two builds, one file:
 * - `vite` / `npm start`: the demo careers page in demo/. It loads the script-tag bundle from
 *   dist/cdn/ exactly as a company site would, and the job-widgets Vite plugin (built, dist/) builds
 *   demo/postings/ into /jobs.json, rebuilt when a posting changes, a page per job at /jobs/<id>/,
 *   and prerenders the page's <job-list> from the feed (`vite build`: into dist/demo/).
 * - `vite build --mode cdn`: that script-tag bundle, dist/cdn/job-widgets.js, with lit inlined,
 *   so a page needs nothing but `<script type="module" src="…">`. `<job-detail>` and DOMPurify
 *   are a chunk beside it (dist/cdn/chunks/), loaded when a job is opened.
 * - `vite build --mode cdn-single`: the same code as one file, dist/cdn/job-widgets.single.js,
 *   for sites that pin what they load with one `integrity` hash (the chunks of the split bundle
 *   need an import map to be pinned; see SECURITY.md). `scripts/cdn-integrity.js` then writes
 *   every file's hash to dist/cdn/integrity.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import MagicString from 'magic-string';
import ts from 'typescript';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import * as fields from './src/feed/fields.ts';
import { cssLiterals, sourcesPlugin } from './scripts/css-literals.js';
import { htmlLiterals } from './scripts/html-literals.js';

/**
 * A module of plain data replaced by its exports' values, evaluated here: the fields' table
 * (src/feed/fields.ts) is one declaration from which the browser's checks, search and metadata
 * line derive lists, and the bundle gets those lists (unused exports, such as the table itself,
 * then drop out) instead of the table and the code that derives them.
 */
function evaluated(file: string, module: Record<string, unknown>): Plugin {
  return {
    name: 'job-widgets:evaluated',
    load(id) {
      if (!id.endsWith(file)) return null;
      return Object.entries(module)
        .map(([name, value]) => {
          const json = JSON.stringify(value);
          if (json === undefined || !isDeepStrictEqual(JSON.parse(json), value)) throw new Error(`${file}: ${name} is not plain data`);
          return `export const ${name} = ${json};`;
        })
        .join('\n');
    },
  };
}

/**
 * For the single file: each `import('./x.js')` of the library's sources becomes a static import of
 * the module and `Promise.resolve()` of it. Rolldown inlines an `import()` by wrapping every module
 * it reaches (the detail's, and all it shares with the list) in a lazy initializer, about 1 kB gzip
 * of wrappers; a single file holds that code anyway. What each import does stays on first need:
 * `loadJobDetail()` registers the detail, and a language table is data.
 */
function staticImports(): Plugin {
  return sourcesPlugin('job-widgets:static-imports', 'import(', (code, id) => {
    const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true);
    const edits = new MagicString(code);
    let count = 0;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments.length === 1) {
        const [specifier] = node.arguments;
        if (specifier && ts.isStringLiteral(specifier) && specifier.text.startsWith('.')) {
          const name = `imported$${count++}`;
          edits.prepend(`import * as ${name} from ${JSON.stringify(specifier.text)};\n`);
          edits.overwrite(node.getStart(source), node.end, `Promise.resolve(${name})`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    return count > 0 ? edits : undefined;
  });
}

/**
 * DOMPurify's ES build (dompurify 3.5.0) opens with Babel's runtime helpers for an async generator
 * and for array destructuring, which DOMPurify's own code barely uses: nothing calls the async
 * generator (the assignments to its prototype keep it in a bundle), and `_slicedToArray` takes
 * apart one `[property, value]` entry of `Object.entries`, an array, which it returns as it is.
 * Without the helpers and with that entry passed on as it is, DOMPurify's code is otherwise
 * untouched: 0.8 kB gzip less in the detail's chunk and in the single file. The build fails if the
 * file no longer looks like that, so that a new version of DOMPurify is looked at again.
 */
function withoutDompurifyHelpers(): Plugin {
  const helpers = ['_OverloadYield', '_arrayLikeToArray', '_arrayWithHoles', '_iterableToArrayLimit', '_nonIterableRest', '_slicedToArray', '_unsupportedIterableToArray', 'AsyncGenerator'];
  const use = 'var _ref3 = _slicedToArray(_ref2, 2);';
  return {
    name: 'job-widgets:dompurify-helpers',
    transform(code, id) {
      if (!id.endsWith('/dompurify/dist/purify.es.mjs')) return null;
      const fail = (why: string): never => {
        throw new Error(`job-widgets:dompurify-helpers: ${why} in ${id}; DOMPurify's build has changed: look at its helpers again (vite.config.ts)`);
      };
      const start = code.indexOf('\nfunction _OverloadYield(');
      const end = code.indexOf('\nconst entries = Object.entries;');
      if (start < 0 || end < start) fail('no Babel helpers before `const entries`');
      const defined = [...code.slice(start, end).matchAll(/^function (\w+)\(/gm)].map((match) => match[1]);
      if (defined.join() !== helpers.join()) fail(`helpers ${defined.join(', ')}`);
      const at = code.indexOf(use, end);
      const rest = code.slice(end, at) + code.slice(at + use.length);
      if (at < 0 || helpers.some((name) => rest.includes(name))) fail('another use of the helpers');
      const edits = new MagicString(code);
      edits.remove(start, end);
      edits.overwrite(at, at + use.length, 'var _ref3 = _ref2;');
      return { code: edits.toString(), map: edits.generateMap({ hires: true, source: id }) };
    },
  };
}

const cdn: UserConfig = {
  publicDir: false,
  plugins: [cssLiterals(), htmlLiterals(), evaluated('/src/feed/fields.ts', fields), withoutDompurifyHelpers()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    minify: true,
    lib: {
      entry: 'src/cdn.ts',
      formats: ['es'],
      fileName: () => 'job-widgets.js',
    },
    rollupOptions: {
      // Everything inlined: lit and dompurify are not resolvable from a plain page.
      external: [],
      // Lets the entry also export what the lazy <job-detail> chunk shares with it (lit, tokens),
      // so a page of cards loads one file, not the entry plus a chunk of shared code.
      preserveEntrySignatures: 'allow-extension',
      // Lib mode keeps whitespace in ES output for other bundlers; this file goes to browsers as is.
      output: {
        // Named for what they hold, as they show in a network panel: `job-detail-…`, `in-place-…`,
        // `de-…` (the detail's chunk by the module the list loads it with), and `hydrate-…`, Lit's
        // hydration support, which only a page with prerendered elements loads.
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('/components/job-detail/')
            ? 'chunks/job-detail-[hash].js'
            : chunk.moduleIds.some((id) => id.includes('/@lit-labs/ssr-client/'))
              ? 'chunks/hydrate-[hash].js'
              : 'chunks/[name]-[hash].js',
        // Everything the entry reaches by static imports stays in the entry, so that a page of
        // cards is one file. Left to itself, the bundler moves a module the entry shares with lazy
        // chunks into a chunk of its own (a "common chunk") in some module graphs: a new chunk
        // importing `filters.ts` moved `feed/types.ts` and the `Intl` formatters out, a file every
        // page then loads a round trip later, and that `npm run size` would not count in the entry.
        // test/dist/first-load.test.ts checks the entry imports nothing statically.
        codeSplitting: { groups: [{ name: 'job-widgets', test: /\/src\/cdn\.ts$/, includeDependenciesRecursively: true }] },
        minify: true,
        // The minifier keeps `/* @__PURE__ */` marks for a bundler that never comes: these files
        // go to browsers as they are.
        comments: { annotation: false },
      },
    },
  },
};

// Everything in one file: the detail, DOMPurify and the language tables are inlined, so one hash
// covers all the code a page runs.
const cdnSingle: UserConfig = {
  ...cdn,
  plugins: [...cdn.plugins!, staticImports()],
  build: {
    ...cdn.build,
    emptyOutDir: false,
    lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'job-widgets.single.js' },
    rollupOptions: {
      ...cdn.build!.rollupOptions,
      output: { ...cdn.build!.rollupOptions!.output, codeSplitting: false },
    },
  },
};

/**
 * The page's own stylesheet, inlined into it: as a request it would hold the first paint for a
 * round trip (Lighthouse's mobile FCP and LCP, 1.3 s → 0.9 s). Vite minifies it where it is.
 */
function inlineStylesheet(link: string, file: URL): Plugin {
  return {
    name: 'job-widgets:inline-stylesheet',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(link)) throw new Error(`${link} is not in the page: the stylesheet to inline has moved`);
        return html.replace(link, () => `<style>\n${readFileSync(file, 'utf8')}</style>`);
      },
    },
  };
}

/**
 * The demo runs the package as built, as a company's site would: the Vite plugin from dist/, whose
 * prerendered HTML comes from the same templates as the script-tag bundle it hydrates with (the
 * build minifies their CSS and collapses their white space; the sources' templates would not
 * hydrate). `npm start` and `npm run build:demo` build the package first.
 */
async function demo(): Promise<UserConfig> {
  const plugin = new URL('./dist/vite.js', import.meta.url);
  if (!existsSync(plugin)) throw new Error('the demo runs the built package: run `npm run build:lib` first (`npm start` and `npm run build:demo` do)');
  const { default: jobWidgets } = (await import(plugin.href)) as { default: typeof import('./src/vite.ts').default };
  return {
    root: 'demo',
    // The script-tag bundle is served as-is at /job-widgets.js, as a CDN would serve it.
    publicDir: '../dist/cdn',
    plugins: [
      inlineStylesheet('<link rel="stylesheet" href="./site.css" />', new URL('./demo/site.css', import.meta.url)),
      jobWidgets({
        postings: 'postings',
        feed: 'jobs.json',
        organization: { name: 'Kestrelmoor', url: 'https://kestrelmoor.example/' },
        // A page per job at /jobs/<id>/, which the cards link to (`href-template` in index.html).
        baseUrl: 'https://kestrelmoor.example/jobs/',
        pages: true,
        // The list is prerendered into index.html; `npm run bench:lighthouse` also measures the page without.
        prerender: process.env.DEMO_PRERENDER !== 'off',
      }),
    ],
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: 4173 },
    build: { outDir: '../dist/demo', emptyOutDir: true },
  };
}

export default defineConfig(({ mode }) => (mode === 'cdn' ? cdn : mode === 'cdn-single' ? cdnSingle : demo()));
