/**
 * An element a server rendered (`job-widgets/ssr`): its declarative shadow root, and beside it, in
 * its light DOM, an inert `<script type="application/json" data-job-widgets-ssr>` with what the
 * server rendered it from (the jobs, the clock, the language). In the browser the element reads
 * that script before its first render, which repeats the server's from the same state, so that
 * Lit hydrates the server's nodes (keeps them, and attaches listeners and parts to them) instead
 * of rendering a second copy; later renders follow the live clock, language and location.
 *
 * Owns the script's format and how an element finds it and the server's shadow root.
 */
import { isServer, LitElement, ReactiveElement, type ReactiveController } from 'lit';
import type { Job, Organization } from '../../feed/types.js';
import { yieldToMain } from '../../schedule/main-thread.js';

/** The attribute that marks the state script a server puts in a prerendered element. */
export const PRERENDER_ATTRIBUTE = 'data-job-widgets-ssr';

/** What every prerendered element was rendered with. */
export interface PrerenderState {
  /** The server's clock (ISO 8601): relative dates and which jobs have closed. */
  now: string;
  /** The language the server rendered the element's words in. */
  lang: string;
  /** The feed's organization, for the JSON-LD of a job opened in the browser. */
  organization?: Organization;
}

/** A `<job-list>`'s: its jobs, and whether its `list-header` slot had content. */
export interface ListPrerenderState extends PrerenderState {
  jobs: Job[];
  header?: boolean;
  /**
   * The jobs are summaries, as a split feed's index lists them (no body, no ways to apply): the
   * list has a `src`, and a job opened in place is read from it.
   */
  summaries?: boolean;
}

/** A `<job-detail>`'s: its job. */
export interface DetailPrerenderState extends PrerenderState {
  job: Job;
}

/**
 * The state a server left in `host`, once: the script is removed when read, so that the page
 * holds the jobs once (in the element's data) and not in the DOM besides. `undefined` without a
 * server's shadow root, or when the script is missing or is not a state (then the element
 * renders afresh). Jobs are checked later, as any jobs given to an element.
 */
function takePrerenderState(host: HTMLElement, key: 'jobs' | 'job'): Record<string, unknown> | undefined {
  const script = host.querySelector<HTMLScriptElement>(`:scope > script[type="application/json"][${PRERENDER_ATTRIBUTE}]`);
  if (!script || !host.shadowRoot) return undefined;
  script.remove();
  try {
    const state: unknown = JSON.parse(script.textContent ?? '');
    if (typeof state !== 'object' || !state) return undefined;
    const { now, lang, [key]: jobs } = state as Record<string, unknown>;
    const valid = typeof now === 'string' && !Number.isNaN(Date.parse(now)) && typeof lang === 'string' && typeof jobs === 'object' && jobs !== null;
    return valid ? (state as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether Lit's hydration support is installed: it adds `defer-hydration` to the attributes
 * LitElement observes, with a getter on LitElement itself (`define.ts` installs it on demand).
 */
export const hydrationInstalled = (): boolean => Object.hasOwn(LitElement, 'observedAttributes');

/** Whether `host` will hydrate a server's shadow root: it has one, with nodes, and Lit's hydration support is installed. */
export const willHydrate = (host: Element): boolean => Boolean(host.shadowRoot?.hasChildNodes()) && hydrationInstalled();

// How long cards hydrate before the main thread is given back: a page of cards hydrating in one
// task was the prerendered demo's longest task (165 ms under Lighthouse's 4× slowdown, its whole
// Total Blocking Time); 8 ms stays under a long task's 50 ms on such a phone too.
const HYDRATION_SLICE_MS = 8;
let sliceStart = Number.NEGATIVE_INFINITY;
let turns: Promise<void> = Promise.resolve();

/**
 * Resolves when a server's card may hydrate (its first update): cards take turns, in the order
 * they asked, and a new task starts once a slice has run 8 ms. Until its turn a card shows the
 * server's nodes, which are the same.
 */
export function hydrationTurn(): Promise<void> {
  turns = turns.then(async () => {
    if (performance.now() - sliceStart < HYDRATION_SLICE_MS) return;
    await yieldToMain();
    sliceStart = performance.now();
  });
  return turns;
}

/**
 * The element's render root, for its `createRenderRoot`: `create` is the base class's. A shadow
 * root a server rendered is hydrated when the element does (`hydrate`: `willHydrate`, and its
 * first render repeats the server's); otherwise its nodes are removed, and the first render
 * starts from an empty root rather than beside them (two copies). That root is made by
 * ReactiveElement's `createRenderRoot`, which hydration support does not patch.
 */
export function serverRenderRoot(host: LitElement, create: () => HTMLElement | DocumentFragment, hydrate: boolean): HTMLElement | DocumentFragment {
  const served = host.shadowRoot;
  if (!served?.hasChildNodes() || hydrate) return create();
  served.replaceChildren();
  return (ReactiveElement.prototype as unknown as { createRenderRoot(): HTMLElement | DocumentFragment }).createRenderRoot.call(host);
}

type ReplayHost<S> = LitElement & { prerendered: S | undefined };

/**
 * A prerendered `<job-list>` or `<job-detail>`'s side of hydration, one per element: whether its
 * renders repeat the server's (`replay`, the server's state while they do: on a server, always;
 * in the browser, from the state script until the element has hydrated), its render root, and the
 * wait for its language before the first render. Inputs: the host's `prerendered` (its state,
 * which the server sets and this controller sets in the browser) and `loaded()`, the host's words.
 * Asks the host for the update that follows the page once the server's render has hydrated, its
 * cards included (a list's cards hydrate in their own first update, from what the list gave them).
 */
export class ServerReplay<S extends PrerenderState> implements ReactiveController {
  readonly #host: ReplayHost<S>;
  readonly #key: 'jobs' | 'job';
  readonly #loaded: () => Promise<void>;
  #replaying = isServer;

  constructor(host: ReplayHost<S>, key: 'jobs' | 'job', loaded: () => Promise<void>) {
    this.#host = host;
    this.#key = key;
    this.#loaded = loaded;
    host.addController(this);
  }

  /** The server's state, while this render repeats the server's. */
  get replay(): S | undefined {
    return this.#replaying ? this.#host.prerendered : undefined;
  }

  /**
   * For the host's `createRenderRoot` (once, when it first connects; `create` is the base
   * class's): takes the server's state, and hydrates the server's shadow root when it can, else
   * empties it (`serverRenderRoot`).
   */
  renderRoot(create: () => HTMLElement | DocumentFragment): HTMLElement | DocumentFragment {
    const state = takePrerenderState(this.#host, this.#key);
    if (state) this.#host.prerendered = state as unknown as S;
    // Without hydration (no support loaded), the first render is a live one, on an empty root.
    this.#replaying = state !== undefined && willHydrate(this.#host);
    return serverRenderRoot(this.#host, create, this.#replaying);
  }

  /** For the host's `scheduleUpdate`: a server's render in another language is repeated once its words are here. */
  scheduleUpdate(update: () => void | Promise<unknown>): void | Promise<unknown> {
    return this.#replaying && !this.#host.hasUpdated && !isServer ? this.#loaded().then(update) : update();
  }

  hostUpdated(): void {
    if (!this.#replaying || isServer || this.#host.hasUpdated) return;
    const cards = [...this.#host.renderRoot.querySelectorAll<LitElement>('job-card')];
    // The live render, in a task of its own after the cards' slices.
    void Promise.allSettled(cards.map((card) => card.updateComplete)).then(yieldToMain).then(() => {
      this.#replaying = false;
      this.#host.requestUpdate();
    });
  }
}
