/**
 * Opening a job in place, for `<job-list>`'s navigation (`navigation.ts`), which loads this when a
 * job is named in the URL, or a person points at, focuses or clicks a card (with the detail's own
 * chunk): the history entries a list pushes and reads, which list shows a job, the detail's view
 * and the messages instead of it with their Back button, where focus goes as a person moves, and
 * the styles of all that, which it adds to the list's shadow root.
 *
 * The lists connected to the page (`registry.ts`) share the one `#job=` fragment:
 *
 * - A list that opens a job names itself in the history entry it pushes: that name is the entry's
 *   opener (`openerName`: its `id` when that is unique among the lists, else its position among them
 *   in document order), and only the opener shows the job, whoever else has it. Back and Forward
 *   bring the entry's state back, so each list is restored as it was.
 * - An entry that names no opener (a shared link, a reload of one, a fragment typed by hand or set
 *   by a link on the page) opens the job in the first list in document order that has it, once
 *   every list before it has loaded.
 * - An id that no list has is reported as "not found" by one list only, the first in document
 *   order that has loaded, once every list has loaded.
 * - A list that pushes a history entry tells the others (pushState fires no event).
 *
 * While a list shows a job, the page's title is the job's and the site's ("Senior Rust Engineer ·
 * Acme Careers"), so that tabs, bookmarks, history and analytics name the job; the site's title
 * comes back with the list (Back, or the list leaving the page). A page without a title keeps none.
 */
import { adoptStyles, css, html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit';
import type { Job } from '../../feed/types.js';
import type { JobDetail } from '../job-detail/job-detail.js';
import { DETAIL_PARTS } from '../job-detail/job-detail.parts.js';
import { exportParts } from '../shared/parts.js';
import type { FocusMoves } from './focus.js';
import type { ListFrame } from './job-list.templates.js';
import type { View } from './list-view.js';
import type { InPlaceNavigation } from './navigation.js';
import { listsInPageOrder } from './page-order.js';
import { connectedLists, type RegisteredList } from './registry.js';
import { urlWithJob } from './url-state.js';

// The detail's parts, passed through with a `detail-` prefix, so that they do not clash with the
// cards' (`job-list::part(detail-heading)`).
const DETAIL_EXPORTS = exportParts(DETAIL_PARTS, 'detail', 'detail');

/** The styles of the detail's view and the messages, added to the list's own when loaded. */
const inPlaceStyles = css`
  .detail-view {
    display: flex;
    flex-direction: column;
    gap: var(--_space-m);
  }

  .back {
    align-self: flex-start;
  }

  /* "←" points back on a left-to-right page; back is the other way on a right-to-left one. */
  .back-arrow {
    display: inline-block;
  }

  .back-arrow:dir(rtl) {
    transform: scaleX(-1);
  }

  .not-found:focus {
    outline: none;
  }

  .not-found:focus-visible {
    outline: 2px solid var(--_focus);
  }

  @media print {
    .back {
      display: none;
    }
  }
`;

// The history entries a list pushed itself (whose previous entry is the list) name the job, and
// the opener: the list that pushed the entry, by the name the registry gives it, so that only
// that list opens the job. (The names of the fields are kept as entries already have them.)
const OPENED = 'jobListOpened';
const OPENER = 'jobListOwner';

/** History state for an entry that `opener` (a list's name in the registry) pushed to open `id`. */
function openedState(id: string, opener: string): Record<string, string> {
  return { [OPENED]: id, [OPENER]: opener };
}

function stateRecord(state: unknown): Record<string, unknown> | undefined {
  return typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : undefined;
}

/** Whether the current entry was pushed by a list opening `id` (so Back returns to the list). */
function wasOpenedFromList(state: unknown, id: string): boolean {
  return stateRecord(state)?.[OPENED] === id;
}

/** The opener of the entry that opened `id`: the name of the list that pushed it, if a list did. */
function openerOf(state: unknown, id: string): string | undefined {
  const record = stateRecord(state);
  const opener = record?.[OPENER];
  return record?.[OPENED] === id && typeof opener === 'string' ? opener : undefined;
}

/** The list that shows a `#job=` id, the id, and whether the list has the job (else it says "not found"). */
interface ShowingList {
  list: RegisteredList;
  id: string;
  found: boolean;
}

/** The URL changed by script (pushState): every list reads it, as after a click. */
function locationChanged(): void {
  for (const list of connectedLists()) list.readLocation(true);
}

/** The name `list` goes by as the opener of the history entries it pushes. */
function openerName(list: RegisteredList): string {
  return namedLists().find((entry) => entry.list === list)?.opener ?? '';
}

/**
 * Which list shows the job `id`, given the entry's `opener` (none matches an entry without one);
 * undefined while that cannot be decided yet (a list that may have it is still loading) or when
 * no list has loaded.
 */
function listShowing(id: string, opener: string | undefined): ShowingList | undefined {
  const named = namedLists();
  // A list has a job only once it has loaded: `hasJob` says so for the jobs it holds.
  const list = named.find((entry) => entry.opener === opener)?.list;
  if (list) return { list, id, found: list.source.hasJob(id) };
  for (const { list } of named) {
    // A list earlier in the page may still turn out to have the job.
    if (list.source.loadStatus === 'loading') return undefined;
    if (list.source.hasJob(id)) return { list, id, found: true };
  }
  const reporter = named.find(({ list }) => list.source.loadStatus === 'complete')?.list;
  return reporter ? { list: reporter, id, found: false } : undefined;
}

/** The lists in document order, each with the name it goes by as an opener. */
function namedLists(): { list: RegisteredList; opener: string }[] {
  const ordered = listsInPageOrder();
  const ids = new Map<string, number>();
  for (const { host } of ordered) if (host.id) ids.set(host.id, (ids.get(host.id) ?? 0) + 1);
  return ordered.map((list, index) => ({
    list,
    opener: list.host.id && ids.get(list.host.id) === 1 ? `id:${list.host.id}` : `index:${index}`,
  }));
}

// The page's own title while a list shows a job in its place, and which list set it: one job is
// open at a time on a page, but as one list closes a job another may open one, in either order.
let titled: { by: InPlaceRouter; pageTitle: string } | undefined;

/** A list's in-place navigation, once loaded: what its `InPlaceNavigation` hands on. */
export class InPlaceRouter implements ReactiveController {
  readonly #navigation: InPlaceNavigation;
  readonly #loadDetail: () => Promise<unknown>;
  #scroll: { id: string; x: number; y: number } | undefined;
  // The job this list's last render showed, whose title the page takes after it.
  #shown: Job | undefined;

  /**
   * `loadDetail` loads and defines `<job-detail>` (`loadJobDetail`, handed over rather than
   * imported: this chunk imports nothing that loads another, which would make the bundler move
   * Lit out of the entry into chunks of its own).
   */
  constructor(navigation: InPlaceNavigation, loadDetail: () => Promise<unknown>) {
    this.#navigation = navigation;
    this.#loadDetail = loadDetail;
    const { host } = navigation;
    if (host.renderRoot instanceof ShadowRoot) adoptStyles(host.renderRoot, [...(host.constructor as typeof LitElement).elementStyles, inPlaceStyles]);
    host.addController(this);
  }

  hostUpdated(): void {
    const job = this.#shown;
    const pageTitle = titled?.pageTitle ?? document.title;
    // A page without a title of its own is left so: giving it one would add a <title> to its head.
    if (job && pageTitle) {
      titled = { by: this, pageTitle };
      document.title = `${job.title} · ${pageTitle}`;
    } else {
      this.hostDisconnected();
    }
  }

  hostDisconnected(): void {
    if (titled?.by !== this) return;
    document.title = titled.pageTitle;
    titled = undefined;
  }

  /** The opener the current history entry names, if it opened `id`. */
  openerOf(id: string): string | undefined {
    return openerOf(window.history.state, id);
  }

  /** The fragment's job `id` when this list is the one that shows it, and whether the list has it. */
  showing(id: string, opener: string | undefined): { id: string; found: boolean } | undefined {
    const showing = listShowing(id, opener);
    return showing?.list === this.#navigation ? showing : undefined;
  }

  /** Opens `job` in place: a history entry that names this list, which the lists then read. */
  open(job: Job): void {
    this.#scroll = { id: job.id, x: window.scrollX, y: window.scrollY };
    window.history.pushState(openedState(job.id, openerName(this.#navigation)), '', urlWithJob(window.location, job.id));
    locationChanged();
  }

  /** Back to the list: the browser's Back when the list opened the job, else a new entry. */
  readonly back = (): void => {
    const id = this.#navigation.openId;
    if (id !== undefined && wasOpenedFromList(window.history.state, id)) {
      // The entry before is the list: going back keeps Forward working, like the browser's Back.
      window.history.back();
      return;
    }
    window.history.pushState(null, '', urlWithJob(window.location, undefined));
    locationChanged();
  };

  /** The job open in place, or why a `#job=` shows none, for the frame's view. */
  render(list: ListFrame): TemplateResult | typeof nothing {
    const { open, closed, view } = list;
    this.#shown = open;
    if (open) return this.#renderDetail(open, list);
    if (view === 'not-found') return this.#renderGone('not-found', html`<p>${list.strings.notFound}</p>`, list);
    if (!closed) return nothing;
    return this.#renderGone(
      'closed',
      // Not the detail: a closed job offers nothing to read or apply to, and needs no sanitizer.
      html`<p><strong lang=${closed.lang ?? nothing} dir=${closed.dir ?? 'auto'}>${closed.title}</strong></p>
        <p>${list.strings.jobClosed}</p>`,
      list,
    );
  }

  #renderDetail(job: Job, list: ListFrame): TemplateResult {
    // Rendered at once and upgraded when its code arrives (the list loads it after this render);
    // usually it is there already, since hovering or focusing a card starts the load. A job the
    // list holds as a summary only (a server's) is read from the feed, body and all.
    const from = list.bodiesFrom;
    return html`<div part="detail-view" class="detail-view">
      ${this.#renderBack(list)}
      <job-detail
        exportparts=${DETAIL_EXPORTS}
        heading-level=${list.settings.headingLevel}
        src=${from ?? nothing}
        job-id=${from ? job.id : nothing}
        .job=${from ? undefined : job}
        .listContext=${list.context}
        ?no-json-ld=${list.settings.noJsonLd}
      ></job-detail>
    </div>`;
  }

  // A `#job=` that shows no job (none has the id, or it has closed): why, and the way back.
  #renderGone(part: 'not-found' | 'closed', message: TemplateResult, list: ListFrame): TemplateResult {
    return html`<div part=${part} class="message not-found" tabindex="-1">${message} ${this.#renderBack(list)}</div>`;
  }

  #renderBack({ strings }: ListFrame): TemplateResult {
    return html`<button part="back" class="button back" type="button" @click=${this.back}>
      <span class="back-arrow" aria-hidden="true">←</span> ${strings.back}
    </button>`;
  }

  /**
   * Where focus goes after a person moved from `previous` to `view`: to the title of the job they
   * opened; to a "not found" or "closed" message; back on the list, to the card they had opened
   * (with the page scrolled back) or, from a message, to the first control.
   */
  async moveFocus(view: View, previous: View, focus: FocusMoves): Promise<void> {
    const root = this.#navigation.host.renderRoot;
    await this.#navigation.host.updateComplete;
    if (view.startsWith('detail:')) {
      await this.#loadDetail();
      // Not upgraded if the list left the page meanwhile: there is nothing to focus then.
      await root.querySelector<JobDetail>('job-detail')?.focusHeading?.();
    } else if (view === 'not-found' || view.startsWith('closed:')) {
      // The message of either (`#renderGone`).
      root.querySelector<HTMLElement>('.not-found')?.focus();
    } else if (view === 'list' && previous.startsWith('detail:')) {
      // With a job still named in the URL, another list has opened it and takes focus.
      if (this.#navigation.openId === undefined) await this.#backToCard(previous.slice('detail:'.length), focus);
    } else if (view === 'list' && (previous === 'not-found' || previous.startsWith('closed:'))) {
      focus.firstControl();
    }
  }

  // Back at the list: the page scrolls to where the person left it and the card they opened has
  // focus, so keyboard and screen reader users continue from the same place.
  async #backToCard(id: string, focus: FocusMoves): Promise<void> {
    const scroll = this.#scroll?.id === id ? this.#scroll : undefined;
    this.#scroll = undefined;
    const card = focus.card(id);
    if (card) await card.updateComplete;
    if (scroll) window.scrollTo(scroll.x, scroll.y);
    await card?.focusLink?.(scroll ? { preventScroll: true } : undefined);
  }
}
