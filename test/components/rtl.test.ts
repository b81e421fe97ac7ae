/**
 * Right to left: on an Arabic page (`<html lang="ar" dir="rtl">`) the elements are mirrored, and
 * a posting marked `lang: ar` / `dir: rtl` reads right to left on any page while the elements'
 * own controls keep the page's direction. Every layout check runs on both kinds of page, with
 * positions measured from the line's start edge (the right one on a right-to-left page), so a
 * physical `left` or `right` anywhere in the styles fails one of the two runs.
 *
 * The last part reads the stylesheets themselves and fails on physical properties.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/job-card/define.js';
import '../../src/components/job-detail/define.js';
import '../../src/components/job-list/define.js';
import { JobCard } from '../../src/components/job-card/job-card.js';
import { jobCardStyles } from '../../src/components/job-card/job-card.styles.js';
import { JobDetail } from '../../src/components/job-detail/job-detail.js';
import { bodyStyles, jobDetailStyles } from '../../src/components/job-detail/job-detail.styles.js';
import { JobList } from '../../src/components/job-list/job-list.js';
import { jobListStyles } from '../../src/components/job-list/job-list.styles.js';
import { metaStyles } from '../../src/components/shared/job-meta.js';
import { statusStyles } from '../../src/components/shared/status.js';
import type { Job } from '../../src/feed/types.js';
import { tokens } from '../../src/themes/tokens.js';
import { NOW, arabicJob, designerJob } from '../fixtures/jobs.js';
import type { Harness } from '../harness/harness.js';
import { JobCardHarness } from '../harness/job-card.js';
import { JobDetailHarness } from '../harness/job-detail.js';
import { JobListHarness } from '../harness/job-list.js';
import { waitUntil } from '../support/wait.js';
import { fixtureJobs, listFixture, resetLocation } from './job-list-helpers.js';

type Direction = 'ltr' | 'rtl';

interface Page {
  dir: Direction;
  lang: string;
}

const PAGES: Page[] = [
  { dir: 'rtl', lang: 'ar' },
  { dir: 'ltr', lang: 'en' },
];

// Kept between a filter pop-over and the viewport's edges (filter-popover.ts).
const VIEWPORT_MARGIN = 8;

/** Makes the test page `page` for each test of the enclosing describe, and restores it after. */
function onPage({ dir, lang }: Page): void {
  const root = document.documentElement;
  let saved: { dir: string | null; lang: string | null };
  beforeEach(() => {
    saved = { dir: root.getAttribute('dir'), lang: root.getAttribute('lang') };
    root.dir = dir;
    root.lang = lang;
  });
  afterEach(() => {
    for (const name of ['dir', 'lang'] as const) {
      const value = saved[name];
      if (value === null) root.removeAttribute(name);
      else root.setAttribute(name, value);
    }
  });
}

const rect = (element: Element): DOMRect => element.getBoundingClientRect();

/** The box of an element's text (its line boxes, not its block). */
function textRect(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

/** How far `inner`'s start edge lies inside `outer`'s, along a line of direction `dir`. */
function startInset(inner: DOMRect, outer: DOMRect, dir: Direction): number {
  return dir === 'rtl' ? outer.right - inner.right : inner.left - outer.left;
}

/** How far `inner`'s end edge lies inside `outer`'s, along a line of direction `dir`. */
function endInset(inner: DOMRect, outer: DOMRect, dir: Direction): number {
  return dir === 'rtl' ? inner.left - outer.left : outer.right - inner.right;
}

/** Where a box starts along a line of direction `dir`: larger is further from the start. */
function along(box: DOMRect, dir: Direction): number {
  return dir === 'rtl' ? -box.right : box.left;
}

/** The physical side where a line of direction `dir` starts, and where it ends. */
function sides(dir: Direction): { start: 'left' | 'right'; end: 'left' | 'right' } {
  return dir === 'rtl' ? { start: 'right', end: 'left' } : { start: 'left', end: 'right' };
}

/** The 2D matrix of a computed `transform` (identity for `none`). */
function matrix(element: Element): number[] {
  const value = getComputedStyle(element).transform;
  if (value === 'none') return [1, 0, 0, 1];
  return value.slice(value.indexOf('(') + 1, -1).split(',').slice(0, 4).map(Number);
}

const BODY_HTML = (words: [string, string, string]) =>
  `<p>${words[0]}</p><ul><li>${words[1]}</li><li>${words[1]}</li></ul><ol><li>${words[1]}</li></ol><blockquote><p>${words[2]}</p></blockquote>`;

/** An Arabic posting with lists and a quotation in its body. */
const arabicPosting: Job = { ...arabicJob, id: 'arabic-body', html: BODY_HTML(['تطوير الأنظمة.', 'البند', 'اقتباس من الفريق.']) };

/** An English posting (no `lang`, no `dir`: the elements use `dir="auto"`) with the same body. */
const englishPosting: Job = { ...designerJob, id: 'english-body', html: BODY_HTML(['We build systems.', 'An item', 'A quote.']) };

/** The posting written in the page's language. */
const postingFor = (dir: Direction): Job => (dir === 'rtl' ? arabicPosting : englishPosting);
/** A posting in the other direction than the page's. */
const foreignPostingFor = (dir: Direction): Job => (dir === 'rtl' ? englishPosting : arabicPosting);
const directionOf = (job: Job): Direction => (job === arabicPosting ? 'rtl' : 'ltr');

async function card(job: Job): Promise<JobCardHarness> {
  return new JobCardHarness(await fixture<JobCard>(html`<job-card .job=${job} .now=${NOW}></job-card>`));
}

async function detail(job: Job): Promise<JobDetailHarness> {
  return new JobDetailHarness(await fixture<JobDetail>(html`<job-detail .job=${job}></job-detail>`));
}

/** Checks that a card or detail heading's words sit at the start edge of a line of `dir`. */
function expectTextAtStart(heading: Element, dir: Direction): void {
  const text = textRect(heading);
  const box = rect(heading);
  expect(startInset(text, box, dir), 'the heading does not start at its start edge').to.be.within(-1, 1);
  expect(endInset(text, box, dir), 'the heading is not aligned to its start edge').to.be.greaterThan(20);
}

/** Checks that the metadata items of a job follow each other along a line of `dir`. */
function expectMetaFlow(host: Harness, dir: Direction): void {
  const meta = rect(host.part('meta'));
  const location = rect(host.part('location'));
  const department = rect(host.part('department'));
  expect(startInset(location, meta, dir), 'the first item is not at the start of the line').to.be.within(-1, 1);
  expect(along(location, dir), 'the location does not come before the department').to.be.lessThan(along(department, dir));
}

/** Checks that the body's lists and quotations are indented on the start side of `dir`. */
function expectBodyIndent(body: HTMLElement, dir: Direction): void {
  const { start, end } = sides(dir);
  expect(getComputedStyle(body).direction).to.equal(dir);
  for (const list of body.querySelectorAll<HTMLElement>('ul, ol')) {
    const style = getComputedStyle(list);
    expect(parseFloat(style.getPropertyValue(`padding-${start}`)), `<${list.localName}> is not indented at the start`).to.be.greaterThan(10);
    expect(style.getPropertyValue(`padding-${end}`), `<${list.localName}> is indented at the end`).to.equal('0px');
    const item = rect(list.querySelector('li')!);
    expect(startInset(item, rect(list), dir)).to.be.greaterThan(10);
    expect(endInset(item, rect(list), dir)).to.be.within(-1, 1);
  }
  const quote = body.querySelector('blockquote')!;
  const style = getComputedStyle(quote);
  expect(parseFloat(style.getPropertyValue(`border-${start}-width`)), 'the quotation has no rule at the start').to.be.greaterThan(0);
  expect(style.getPropertyValue(`border-${end}-width`)).to.equal('0px');
  expect(startInset(textRect(quote.querySelector('p')!), rect(quote), dir)).to.be.greaterThan(10);
}

for (const page of PAGES) {
  const { dir } = page;
  const { start } = sides(dir);

  describe(`right to left: a ${dir} page (lang="${page.lang}")`, () => {
    onPage(page);

    describe('<job-list>', () => {
      let list: JobListHarness;
      beforeEach(async () => {
        resetLocation();
        list = await listFixture(html`<job-list .jobs=${await fixtureJobs()} .now=${NOW}></job-list>`);
        await list.loaded();
      });
      afterEach(resetLocation);

      it(`starts the search box at the ${start} edge and lays the filters out from there`, () => {
        const controls = rect(list.part('controls'));
        const search = rect(list.part('search'));
        expect(startInset(search, controls, dir), 'the search box is not at the start edge').to.be.within(-1, 1);
        const buttons = list.filterButtons().map(rect);
        expect(buttons.length).to.be.at.least(2);
        for (let i = 1; i < buttons.length; i++) {
          const [before, after] = [buttons[i - 1]!, buttons[i]!];
          // The next filter is further along the same line, or starts a new one below.
          if (Math.abs(after.top - before.top) < 1) expect(along(after, dir), `filter ${i + 1} is not after filter ${i}`).to.be.greaterThan(along(before, dir));
          else expect(after.top).to.be.greaterThan(before.top);
        }
        // The row aligns its items' bottoms: the search box has its label above it.
        const bar = rect(list.part('filter-bar'));
        if (Math.abs(bar.bottom - search.bottom) < 1) expect(along(bar, dir), 'the filters are not after the search box').to.be.greaterThan(along(search, dir));
        else expect(startInset(bar, controls, dir), 'the filters do not start a new line').to.be.within(-1, 1);
      });

      it('puts each chevron at the end of its button, pointing down whatever the direction', () => {
        for (const button of list.filterButtons()) {
          const chevron = button.querySelector('[part~="filter-chevron"]')!;
          expect(rect(chevron).width).to.be.greaterThan(0);
          expect(endInset(rect(chevron), rect(button), dir)).to.be.lessThan(startInset(rect(chevron), rect(button), dir));
          expect(matrix(chevron)).to.deep.equal([1, 0, 0, 1]);
        }
      });

      it(`opens every filter pop-over under its button, anchored at the button's ${start} edge`, async () => {
        const width = document.documentElement.clientWidth;
        let anchored = 0;
        for (const button of list.filterButtons()) {
          const shown = rect(await list.clickFilter(button));
          const label = button.textContent!.trim();
          expect(shown.top, label).to.be.at.least(rect(button).bottom - 1);
          expect(shown.left, `${label} overflows on the left`).to.be.at.least(0);
          expect(shown.right, `${label} overflows on the right`).to.be.at.most(width);
          const inset = startInset(shown, rect(button), dir);
          if (Math.abs(inset) <= 1) anchored++;
          else {
            // One at the end of the row is moved back towards the start, just enough to fit.
            expect(inset, `${label} is not anchored at its button's start edge`).to.be.lessThan(0);
            const endRoom = dir === 'rtl' ? shown.left : width - shown.right;
            expect(endRoom, `${label} was moved further than needed`).to.be.within(VIEWPORT_MARGIN - 1, VIEWPORT_MARGIN + 1);
          }
          await list.clickFilter(button);
        }
        expect(anchored, 'no pop-over opened at its button').to.be.at.least(2);
      });

      it('moves a pop-over that would leave the viewport back in, no further than needed', async () => {
        // The list takes the last 160 px of the line: every panel (at least 12em wide) would
        // pass the viewport's end edge if it stayed at its button's start edge.
        const narrow = await fixture<HTMLDivElement>(html`<div style="margin-inline-start: calc(100% - 160px)">
          <job-list .jobs=${await fixtureJobs()} .now=${NOW}></job-list>
        </div>`);
        const endList = new JobListHarness(narrow.querySelector('job-list')!);
        await endList.loaded();
        const width = document.documentElement.clientWidth;
        for (const button of endList.filterButtons()) {
          const panel = rect(await endList.clickFilter(button));
          const label = button.textContent!.trim();
          expect(panel.left, `${label} overflows on the left`).to.be.at.least(VIEWPORT_MARGIN - 1);
          expect(panel.right, `${label} overflows on the right`).to.be.at.most(width - VIEWPORT_MARGIN + 1);
          const endEdge = dir === 'rtl' ? panel.left - VIEWPORT_MARGIN : width - VIEWPORT_MARGIN - panel.right;
          expect(endEdge, `${label} was moved further than needed`).to.be.within(-1, 1);
          await endList.clickFilter(button);
        }
      });

      it('keeps every pop-over inside a 375 px wide screen', async () => {
        const { innerWidth, innerHeight } = window;
        await setViewport({ width: 375, height: 740 });
        try {
          await waitUntil(() => document.documentElement.clientWidth <= 375);
          for (const button of list.filterButtons()) {
            const panel = rect(await list.clickFilter(button));
            const label = button.textContent!.trim();
            expect(panel.left, `${label} overflows on the left`).to.be.at.least(0);
            expect(panel.right, `${label} overflows on the right`).to.be.at.most(document.documentElement.clientWidth);
            await list.clickFilter(button);
          }
        } finally {
          await setViewport({ width: innerWidth, height: innerHeight });
        }
      });
    });

    // A list of its own: the lists on a page share the #job= fragment.
    describe("<job-list>'s Back button", () => {
      beforeEach(() => window.history.replaceState(null, '', '#job=backend-engineer'));
      afterEach(resetLocation);

      it(`mirrors the arrow${dir === 'rtl' ? '' : ' only on a right-to-left page'}, and puts it before the words`, async () => {
        const list = await listFixture(html`<job-list .jobs=${await fixtureJobs()} .now=${NOW}></job-list>`);
        await list.loaded();
        const back = list.part('back');
        const arrow = back.querySelector('.back-arrow')!;
        expect(arrow.textContent!.trim()).to.equal('←');
        expect(matrix(arrow)).to.deep.equal(dir === 'rtl' ? [-1, 0, 0, 1] : [1, 0, 0, 1]);
        expect(startInset(rect(arrow), rect(back), dir)).to.be.lessThan(endInset(rect(arrow), rect(back), dir));
      });
    });

    describe('<job-card>', () => {
      it(`aligns the heading of a posting in the page's language at the ${start}`, async () => {
        const el = await card(postingFor(dir));
        expect(getComputedStyle(el.part('card')).direction).to.equal(dir);
        expectTextAtStart(el.part('heading'), dir);
        expect(startInset(textRect(el.part('summary')), rect(el.part('card')), dir)).to.be.within(0, 40);
      });

      it(`lays the metadata out from the ${start}`, async () => {
        expectMetaFlow(await card(postingFor(dir)), dir);
      });

      it(`keeps a ${dir === 'rtl' ? 'left-to-right' : 'right-to-left'} posting's own words in their direction, and the card in the page's`, async () => {
        const job = foreignPostingFor(dir);
        const el = await card(job);
        expect(getComputedStyle(el.part('heading')).direction).to.equal(directionOf(job));
        expectTextAtStart(el.part('heading'), directionOf(job));
        // The metadata line is the card's, in the page's direction, even with the posting's words in it.
        expectMetaFlow(el, dir);
      });
    });

    describe('<job-detail>', () => {
      it(`indents the body's lists and quotations on the ${start} of a posting in the page's language`, async () => {
        const el = await detail(postingFor(dir));
        expectTextAtStart(el.part('heading'), dir);
        expectBodyIndent(el.part('body'), dir);
      });

      it(`lays a ${dir === 'rtl' ? 'left-to-right' : 'right-to-left'} posting out in its own direction, and the controls in the page's`, async () => {
        const job = foreignPostingFor(dir);
        const el = await detail(job);
        expect(getComputedStyle(el.part('detail')).direction).to.equal(dir);
        expectTextAtStart(el.part('heading'), directionOf(job));
        expectBodyIndent(el.part('body'), directionOf(job));
        expectMetaFlow(el, dir);
        const actions = rect(el.part('actions'));
        const apply = rect(el.part('apply'));
        expect(startInset(apply, actions, dir), 'Apply is not at the start of the actions').to.be.within(-1, 1);
        expect(along(apply, dir)).to.be.lessThan(along(rect(el.part('copy-link')), dir));
      });
    });
  });
}

// ---- the stylesheets themselves ----

/** Physical properties that have a logical equivalent, by inline-axis pair. */
const PHYSICAL_PAIRS: Array<[string, string]> = [
  ['margin-left', 'margin-right'],
  ['padding-left', 'padding-right'],
  ['left', 'right'],
  ['border-left-width', 'border-right-width'],
  ['border-left-style', 'border-right-style'],
  ['border-left-color', 'border-right-color'],
  ['border-top-left-radius', 'border-top-right-radius'],
  ['border-bottom-left-radius', 'border-bottom-right-radius'],
  ['scroll-margin-left', 'scroll-margin-right'],
  ['scroll-padding-left', 'scroll-padding-right'],
];

/** Physical sizes, written as inline-size and block-size instead. */
const PHYSICAL_SIZES = ['width', 'height', 'min-width', 'min-height', 'max-width', 'max-height'];

/**
 * The declarations of a stylesheet that would not mirror on a right-to-left page, as
 * `selector { property: value }`.
 *
 * The sheet is parsed by the browser, so shorthands arrive as their longhands: a shorthand is
 * allowed when its left and right sides are the same (`padding: 0 1em`, `margin: 0 auto`,
 * `inset: 0`). Horizontal flips are allowed only in rules for `:dir(rtl)`. overflow-x stays
 * allowed: overflow-inline is missing in Safari and older Chrome, and scrolling a horizontal
 * line is the same in both directions.
 */
function physicalDeclarations(cssText: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  const found: string[] = [];
  const walk = (rules: CSSRuleList, selectors: string): void => {
    for (const rule of rules) {
      const selector = rule instanceof CSSStyleRule ? rule.selectorText : rule instanceof CSSKeyframeRule ? rule.keyText : '';
      const context = `${selectors} ${selector}`.trim();
      if ('style' in rule && rule.style instanceof CSSStyleDeclaration) check(rule.style, context);
      if ('cssRules' in rule && rule.cssRules instanceof CSSRuleList) walk(rule.cssRules, context);
    }
  };
  const check = (style: CSSStyleDeclaration, selector: string): void => {
    const names = new Set(Array.from(style));
    const report = (name: string) => found.push(`${selector} { ${name}: ${style.getPropertyValue(name)} }`);
    for (const [left, right] of PHYSICAL_PAIRS) {
      if (!names.has(left) && !names.has(right)) continue;
      if (!names.has(left) || !names.has(right) || style.getPropertyValue(left) !== style.getPropertyValue(right)) {
        report(names.has(left) ? left : right);
      }
    }
    for (const name of PHYSICAL_SIZES) if (names.has(name)) report(name);
    for (const name of ['text-align', 'float', 'clear', 'justify-content', 'justify-items', 'justify-self', 'background-position-x']) {
      if (/\b(left|right)\b/.test(style.getPropertyValue(name))) report(name);
    }
    if (names.has('direction')) report('direction');
    const mirrorsOnlyInRtl = selector.includes(':dir(rtl)');
    const transform = style.getPropertyValue('transform');
    if (/translateX|translate\(|translate3d|matrix/i.test(transform)) report('transform');
    if (/scaleX|scale\(\s*-/i.test(transform) && !mirrorsOnlyInRtl) report('transform');
    const [shiftX = ''] = style.getPropertyValue('translate').trim().split(/\s+/);
    if (shiftX !== '' && shiftX !== 'none' && parseFloat(shiftX) !== 0) report('translate');
  };
  walk(sheet.cssRules, '');
  return found;
}

/** A Lit `css` result or a constructed sheet, as `static styles` may hold either. */
type CSSResultish = { cssText: string } | CSSStyleSheet;

const cssTextOf = (style: CSSResultish): string =>
  style instanceof CSSStyleSheet ? Array.from(style.cssRules, (rule) => rule.cssText).join('\n') : style.cssText;

async function fetchText(path: string): Promise<string> {
  const response = await fetch(new URL(path, import.meta.url));
  expect(response.ok, `${path} could not be read`).to.equal(true);
  return response.text();
}

describe('right to left: no physical properties in the stylesheets', () => {
  it('the check finds physical properties and lets logical ones through', () => {
    const found = physicalDeclarations(`
      .margin { margin-left: 1em; }
      .shorthand { padding: 0 1em 0 2em; }
      .align { text-align: right; }
      .float { float: left; }
      .inset { right: 0; }
      .corner { border-top-left-radius: 4px; }
      .shift { transform: translateX(4px); }
      .nudge { translate: 4px 0; }
      .size { width: 10px; }
      .flip { transform: scaleX(-1); }
      .fine:dir(rtl) { transform: scaleX(-1); }
      .fine { margin-inline-start: 1em; padding: 0 1em; margin: 0 auto; inset: 0; text-align: start; border-radius: 2px;
        inline-size: 10px; transform: translateY(-2px) scaleY(-1); translate: 0 2px; overflow-x: auto; }
      @media (min-width: 1px) { .nested { border-right: 1px solid; } }
    `);
    const selectors = new Set(found.map((entry) => entry.slice(0, entry.indexOf(' {'))));
    expect([...selectors]).to.have.members([
      '.margin',
      '.shorthand',
      '.align',
      '.float',
      '.inset',
      '.corner',
      '.shift',
      '.nudge',
      '.size',
      '.flip',
      '.nested',
    ]);
  });

  it("has none in the elements' styles", () => {
    const modules = { tokens, jobListStyles, jobCardStyles, jobDetailStyles, bodyStyles, metaStyles, statusStyles };
    // Also every sheet the elements actually adopt, so that a styles module added later is read too.
    const adopted = [JobList, JobCard, JobDetail].flatMap((element) => element.elementStyles);
    const sheets = new Map<string, CSSResultish>([
      ...Object.entries(modules),
      ...adopted.map((style, index) => [`adopted sheet ${index}`, style] as [string, CSSResultish]),
    ]);
    for (const [name, style] of sheets) {
      const text = cssTextOf(style);
      expect(text.length, `${name} is empty`).to.be.greaterThan(0);
      expect(physicalDeclarations(text), name).to.deep.equal([]);
    }
  });

  for (const path of ['../../src/themes/neutral.css', '../../src/themes/midnight.css', '../../src/themes/corporate.css', '../../demo/site.css']) {
    it(`has none in ${path.replace('../../', '')}`, async () => {
      expect(physicalDeclarations(await fetchText(path))).to.deep.equal([]);
    });
  }
});
