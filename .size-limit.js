// `npm run size`: the script-tag bundle's budget, checked by `npm test` after the build.
// Sizes are gzip -9 of the files as built, each compressed on its own as a server sends them,
// in kB of 1,000 bytes.
//
// Issue 6 asked for 16 kB (cards only) and 30 kB (everything). lit (6.4 kB) and DOMPurify
// (12.3 kB) alone are 18.7 kB of that; issue 16 asks for 20 kB, 30 kB with the browser's HTML
// Sanitizer API and 42 kB without it (DOMPurify). The limits below are what this feature set
// measures today plus a little room. They are a ratchet: lower them when the bundle shrinks, and raise
// them only on purpose, in a commit that says why. See README, "Performance".
import { readdirSync } from 'node:fs';

// One chunk per language table in src/i18n/locales/ (index.ts lists them; a test checks that
// every table there is in it).
const LOCALES = readdirSync('src/i18n/locales')
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.slice(0, -'.ts'.length));

export default [
  {
    name: 'A page of <job-list> and <job-card> (dist/cdn/job-widgets.js, lit and English included)',
    path: 'dist/cdn/job-widgets.js',
    gzip: true,
    // 24 → 24.6 kB: closed jobs at view time and the no-valid-jobs error (issue 12) add 0.73 kB.
    // 24.6 → 25.1 kB: issue 13's browser hardening adds 0.48 kB, 0.33 of it filters with many
    // values (the find box, and picking the 50 most common in one pass); the slug check, the
    // caps, the timeout clamp and visitor-day dates the rest.
    // 25.1 → 25.2 kB: issue 13's build hardening adds 0.09 kB here: a feed's dates must be real
    // ISO 8601 dates (isIsoDate, which the JSON-LD builder now shares), and the character
    // references a link is decoded with are a Map, so `&constructor;` is none.
    // 25.2 → 26 → 25.2 kB: issue 14's composition of <job-list> measured 25.95 kB, 25.17 kB once its glue was trimmed and what only the detail reads left the entry.
    // 25.2 → 26.3 kB: issue 15's hydration (see SSR below) adds 1.03 kB (25.17 → 26.20 kB):
    // reading the server's state and repeating its render.
    // 26.3 → 24.4 kB: issue 16's entry asks whether the browser has the HTML Sanitizer API
    // (0.1 kB), and leaves the filters' panels (1.1 kB) and opening a job in place (0.9 kB) to
    // chunks loaded on first need (24.35 kB). Issue 16 asked for 20 kB: see README, Performance.
    // Issue 15's Lighthouse work: 24.35 → 24.38 kB. A list's summaries (the feed its detail
    // reads a body from, and its prefetch) and the cards' hydration in slices (a card's first
    // update waits its turn) add 0.2 kB; reading the server's state and the wait before the live
    // render moved to the hydration chunk (-0.17 kB).
    // Issue 17, measured on its own branch from issue 16's figure: its design features add 0.31 kB (24.35 → 24.66 kB), each used on
    // the first paint of a list that asks for it, so none can wait for a chunk: the sidebar
    // layout's CSS 0.13 kB (a stylesheet loaded later would move the controls after the first
    // paint); hybrid jobs (badge, filter option, feed check, the English word), featured jobs
    // (order, part, the preview's check) and grouping by any facet that groups 0.17 kB.
    // Issue 17, measured on its own branch from issue 16's figure: its analytics and friendly errors add 0.11 kB (24.35 → 24.46 kB):
    // job-filter-change (its class, a dispatch per tick and per filter Clear all empties), the
    // loader of the search reporter (its 0.42 kB chunk holds job-search and the pause), the
    // error slot and console.error, apply-params handed to the detail, the detail's four new
    // parts in the list's exportparts, the list's print rules and the Share label; the per-kind
    // error strings it drops (feedErrors) pay for part of it.
    // Issue 17, measured on its own branch from issue 16's figure: its sections 1 and 2 add 1.28 kB (24.35 → 25.63 kB), each measured
    // by building without it: the search and filters in the URL, 0.63 kB (view-url.ts 0.44; the
    // lists' page order, 0.19, which the in-place chunk had and the URL's per-list keys now need
    // at first paint to read a shared link); the teaser (`limit`, `all-href`, its string and
    // style), 0.38 kB; scopes by attribute, 0.12 kB; and <job-count>, 0.15 kB. A list reads the
    // URL's view when it connects, so that part cannot wait for a chunk; <job-count> as a chunk of
    // its own measured 0.47 kB more for the page that has one (and the bundler then moved modules
    // the entry shares into a second file every page loads), so it is in the entry.
    // Its three branches together, with issue 15's Lighthouse work: 26.07 kB.
    // 26.1 → 25.8 kB: the view in the URL is a chunk after all (chunks/view-url, with the lists'
    // page order, see below): the entry keeps a check whether the URL's fragment names a view
    // (then the chunk is requested as the list connects, and the list shows its placeholders until
    // the view applies) and the loader the first keystroke, filter change, Clear all, Back or
    // Forward to a view calls, 0.27 kB of the 0.63 it had, and 0.04 kB to request the page order
    // beside the view's chunk and the in-place one (both import it) rather than after them, a
    // round trip less: 26.07 → 25.75 kB.
    // Measured and left (docs/performance.md, "What a page loads"): the teaser, the scopes,
    // grouping, the sidebar's CSS and <job-count> taken out of the build altogether leave
    // 24.89 kB (0.95 kB less than 25.84); as chunks they would cost the pages that use them a
    // request, and <job-count> alone as a chunk is a 0.51 kB file for 0.11 kB off the entry.
    // The figure is the whole first load: vite.config.ts keeps what the entry reaches in the
    // entry, and test/dist/first-load.test.ts checks that it imports no chunk statically.
    // 25.8 → 25.9 kB: issue 17's review fixes add 0.09 kB (25.75 → 25.84 kB): scopes read an
    // employment type as front matter writes it and hand a scope that matches no job to a chunk
    // that says so in the console (chunks/scope-warning, requested only then); a teaser keeps out
    // of the URL and lists' keys count only the lists in it; jobMismatch's string is gone.
    limit: '25.9 kB',
  },
  {
    name: 'A filter opened: + its panel (chunks/filter-panel-*.js)',
    path: ['dist/cdn/job-widgets.js', 'dist/cdn/chunks/filter-panel-*.js'],
    gzip: true,
    // Issue 16: the open filter's values and counts, the panel's content, behaviour and styles
    // (2.17 kB), requested on the first pointer or focus in the filter bar (26.52 kB).
    // Issue 17, measured on its own branch from issue 16's figure: its 0.31 kB in the entry (26.82 kB); the panel is unchanged.
    // Issue 17, measured on its own branch from issue 16's figure: its entry (26.63 kB).
    // Issue 17, measured on its own branch from issue 16's figure: its 1.28 kB in the entry, less 0.1 kB in the panel (27.78 kB).
    // Its three branches together, with issue 15's Lighthouse work: 28.23 kB.
    // 28.3 → 28 kB: the entry's 0.32 kB less (27.91 kB). Choosing a value then loads the view's chunk.
    // 28 → 28.1 kB: the entry's 0.09 kB of issue 17's review fixes (28.01 kB).
    limit: '28.1 kB',
  },
  {
    name: 'A job opened in a list, browsers with the HTML Sanitizer API: + the in-place navigation, <job-detail> and JSON-LD (chunks/in-place-*.js, chunks/page-order-*.js, chunks/job-detail-*.js)',
    path: ['dist/cdn/job-widgets.js', 'dist/cdn/chunks/in-place-*.js', 'dist/cdn/chunks/page-order-*.js', 'dist/cdn/chunks/job-detail-*.js'],
    gzip: true,
    // 42.5 → 43.3 kB: the same, and the detail's closed state.
    // 43.3 → 43.9 kB: the same 0.48 kB, and 0.09 kB in the detail chunk, mostly the policy's
    // rule for external links (resolved with the URL parser, so http:evil.com gets rel too).
    // 43.9 → 44.6 → 43.3 kB: issue 14 measured 44.55 kB, 43.24 kB with the same work and DOMPurify without its build's unused Babel helpers (0.8 kB).
    // 43.3 → 44.5 kB: issue 15's hydration adds 1.23 kB (43.24 → 44.47 kB): the entry's 1.03 kB
    // and the detail's server state and kept body.
    // 44.5 → 34.3 kB: issue 16 sanitizes with the browser's HTML Sanitizer API where there is
    // one, DOMPurify is a chunk of its own, the filters' panels are out of the entry and the
    // in-place navigation (1.87 kB) loads with the detail (34.21 kB). Issue 16 asked for 30 kB.
    // Issue 17, measured on its own branch from issue 16's figure adds 0.64 kB (34.85 kB): the entry's 0.31 kB, and 0.33 kB in the
    // detail's chunk: the body's parts (the policy's table, set on both sanitizers' paths, and
    // the list's detail-body-* exports), the --job-body-* typography, a hybrid job's JSON-LD.
    // 34.9 → 35 kB: with issue 15's Lighthouse work (a server's summary opened in place reads its
    // body from the feed, 0.04 kB in chunks/in-place): 34.92 kB.
    // Issue 17, measured on its own branch from issue 16's figure (35.03 kB): the entry's 0.11 kB; the detail's chunk 0.56 kB
    // (job-apply, job-link-copy and job-share, Share where the browser has a share sheet, Apply
    // at the end of a long posting, apply-params, the print rules and the apply address written
    // out); the in-place chunk 0.18 kB (the page's title while a job is open, Back left off paper).
    // Issue 17, measured on its own branch from issue 16's figure: its 1.28 kB in the entry, the lists' page order moved out of the
    // in-place chunk into it (35.27 kB).
    // Its three branches together, with issue 15's Lighthouse work: 36.79 kB.
    // 36.8 → 36.9 kB: the view in the URL out of the entry (-0.32 kB); the lists' page order, which
    // the in-place chunk and the view's share, a chunk of its own requested beside it (+0.4 kB,
    // most of it what a second file compresses worse): 36.88 kB.
    // 36.9 → 37.1 kB: issue 17's review fixes, 0.09 kB in the entry and 0.1 kB in the detail's
    // chunk: a job file that holds another job fails as an unreadable one (friendly words, Retry,
    // job-feed-error) instead of showing visitors its URL, and a middle click on Apply sends
    // job-apply (37.09 kB).
    limit: '37.1 kB',
  },
  {
    name: 'A <job-detail> of its own, browsers with the HTML Sanitizer API (no in-place navigation)',
    path: ['dist/cdn/job-widgets.js', 'dist/cdn/chunks/job-detail-*.js'],
    gzip: true,
    // Issue 16: 32.34 kB.
    // Issue 17, measured on its own branch from issue 16's figure: its 0.31 kB in the entry and the detail chunk's body parts and
    // typography (32.93 kB).
    // Issue 17, measured on its own branch from issue 16's figure: its entry and detail (33.01 kB; see above).
    // Issue 16: 32.34 kB. Issue 17: the entry's 1.28 kB (33.61 kB).
    // Its three branches together, with issue 15's Lighthouse work: 34.89 kB.
    // 34.9 → 34.6 kB: the view in the URL out of the entry (34.57 kB).
    // 34.6 → 34.8 kB: the same review fixes (34.78 kB).
    limit: '34.8 kB',
  },
  {
    name: 'A job opened in a list, browsers without it: + DOMPurify (chunks/dompurify-*.js)',
    path: ['dist/cdn/job-widgets.js', 'dist/cdn/chunks/in-place-*.js', 'dist/cdn/chunks/page-order-*.js', 'dist/cdn/chunks/job-detail-*.js', 'dist/cdn/chunks/dompurify-*.js'],
    gzip: true,
    // Issue 16: 45.49 kB, 1 kB more than with DOMPurify in the detail's chunk: each file is
    // compressed on its own, and the detail's chunk holds the native path's code too. Issue 16
    // asked for 42 kB.
    // 45.5 → 45.6 kB: issue 15's Lighthouse work, 45.57 kB: the in-place detail of a server's
    // summary reads its body from the feed (0.04 kB in chunks/in-place), and the entry's 0.03 kB.
    // Issue 17, measured on its own branch from issue 16's figure: its 0.64 kB above (46.14 kB).
    // Issue 17, measured on its own branch from issue 16's figure: its entry, detail and in-place chunk (46.31 kB; see above).
    // asked for 42 kB. Issue 17: the entry's 1.28 kB, less the in-place chunk's 0.2 (46.56 kB).
    // Its three branches together, with issue 15's Lighthouse work: 48.07 kB.
    // 48.1 → 48.2 kB: the same as above (48.17 kB).
    // 48.2 → 48.4 kB: the same review fixes (48.38 kB).
    limit: '48.4 kB',
  },
  {
    name: 'DOMPurify alone (chunks/dompurify-*.js, requested with the detail where there is no HTML Sanitizer API)',
    path: 'dist/cdn/chunks/dompurify-*.js',
    gzip: true,
    limit: '11.3 kB',
  },
  {
    name: 'Everything in one file, for one integrity hash (job-widgets.single.js, all languages)',
    path: 'dist/cdn/job-widgets.single.js',
    gzip: true,
    // 48.5 → 49 kB: issue 13's browser hardening adds 0.64 kB here (48.23 → 48.87 kB): the
    // entry's 0.48 kB and the detail's 0.09 kB above, and the find box's two strings in each
    // of the five other languages.
    // 49 → 49.8 → 46.8 kB: issue 14 measured 49.77 kB, 46.72 kB with the same work, no lazy-init wrappers around inlined imports (1.1 kB) and the detail's modules together (0.7 kB).
    // 46.8 → 50.5 kB: issue 15's hydration adds 3.76 kB (46.72 → 50.48 kB): Lit's hydration
    // support inlined (about 2.1 kB) with the rest.
    // 50.5 → 51.6 kB: issue 16's two sanitizers, both in the one file, and the loaders of the
    // filters' panels and of the in-place navigation, which it holds too (51.58 kB).
    // 51.6 → 51.8 kB: issue 15's Lighthouse work (51.79 kB): the summaries, the cards' slices,
    // the formatters made ahead of a replay, all in the one file.
    // Issue 17, measured on its own branch from issue 16's figure: its 0.64 kB above, and "Hybrid" in the five other languages (52.38 kB).
    // Issue 17, measured on its own branch from issue 16's figure: its events, friendly errors, Share, Apply at the end, print and the
    // page's title, in every language (52.02 kB).
    // Issue 17, measured on its own branch from issue 16's figure: its 1.2 kB above, and "See all {n} open roles" in five more
    // languages (52.83 kB).
    // Its three branches together, with issue 15's Lighthouse work: 54.09 kB.
    // 54.1 → 54.5 kB: the split bundle's entry leaves the view in the URL to a chunk; this file
    // holds the view anyway and now also the entry's check and loader (0.31 kB) and the page
    // order's module of its own (54.48 kB). The one file pays for the split bundle's lighter entry.
    // 54.5 → 54.7 kB: issue 17's review fixes (54.70 kB).
    limit: '54.7 kB',
  },
  // SSR (issue 15): a page with elements a server rendered (job-widgets/ssr) loads Lit's hydration
  // support, a chunk of 2.5 kB (3.0 kB with the library's own hydration work), before it defines
  // them; a page without one never asks for it.
  // The entry pays for the rest, 1.0 kB: reading the server's state, repeating the server's
  // render (clock, language, links, what needs script hidden) before the live one, the chunk's
  // loader, and the lit-html internals the chunk shares with the entry instead of a second copy.
  {
    name: 'A page with prerendered elements: + Lit\'s hydration support (chunks/hydrate-*.js)',
    path: ['dist/cdn/job-widgets.js', 'dist/cdn/chunks/hydrate-*.js'],
    gzip: true,
    // Measured 28.71 kB with issue 14's entry (25.17 kB before issue 15).
    // 28.8 → 26.9 kB: issue 16's smaller entry (26.86 kB).
    // 26.9 → 27.4 kB: issue 15's Lighthouse work (27.36 kB; the chunk 2.50 → 2.98 kB): reading
    // the server's state and the wait before the live render, moved from the entry, and the new
    // work of a prerendered page only: the cards' slices and the formatters made ahead, each in
    // a task of its own (Total Blocking Time 120-330 → 0-50 ms, see README, Performance).
    // Issue 17, measured on its own branch from issue 16's figure: its 0.31 kB in the entry (27.16 kB).
    // Issue 17, measured on its own branch from issue 16's figure: its entry (26.96 kB).
    // Issue 17, measured on its own branch from issue 16's figure: its 1.28 kB in the entry (28.13 kB).
    // Its three branches together, with issue 15's Lighthouse work: 29.05 kB (the entry's 26.07 kB).
    // 29.1 → 28.8 kB: the view in the URL out of the entry (28.73 kB). A prerendered page opened
    // on a view also loads the view's chunk (see below).
    // 28.8 → 28.9 kB: the entry's 0.09 kB of issue 17's review fixes (28.82 kB).
    limit: '28.9 kB',
  },
  {
    name: 'A search typed: + the search reporter and the view in the URL (chunks/search-reporter-*.js, chunks/view-url-*.js, chunks/page-order-*.js)',
    path: ['dist/cdn/job-widgets.js', 'dist/cdn/chunks/search-reporter-*.js', 'dist/cdn/chunks/view-url-*.js', 'dist/cdn/chunks/page-order-*.js'],
    gzip: true,
    // Issue 17: job-search, once typing pauses (0.42 kB), loaded by the first keystroke (24.85 kB).
    // Its three branches together, with issue 15's Lighthouse work: 26.46 kB.
    // The first keystroke also loads the view in the URL, now a chunk: 27.47 kB.
    // 27.5 → 27.6 kB: the entry's 0.09 kB of issue 17's review fixes, and the view chunk's key
    // order counting only the lists in the URL (27.59 kB).
    limit: '27.6 kB',
  },
  {
    name: 'A page opened on a view, or a first filter chosen: + the view in the URL (chunks/view-url-*.js, chunks/page-order-*.js)',
    path: ['dist/cdn/job-widgets.js', 'dist/cdn/chunks/view-url-*.js', 'dist/cdn/chunks/page-order-*.js'],
    gzip: true,
    // Issue 17's trim: the search and filters in the URL (view-url.ts, 0.44 kB in the entry
    // before) and the lists' page order (page-order.ts, shared with the in-place chunk, 0.19 kB),
    // requested when the URL names a view as the list connects, when the fragment comes to name
    // one (Back, Forward, a link), or with the first keystroke, filter change or Clear all: 27.07 kB (the two chunks 0.96 and 0.41 kB, each compressed on its own).
    // 27.1 → 27.3 kB: the same (27.20 kB).
    limit: '27.3 kB',
  },
  // A page in another language loads its table once; English is in the entry.
  ...LOCALES.map((locale) => ({
    name: `Language table: ${locale} (chunks/${locale}-*.js)`,
    path: `dist/cdn/chunks/${locale}-*.js`,
    gzip: true,
    limit: '1.5 kB',
  })),
];
