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
 * What only a page with prerendered elements needs (`hydration.ts`, a chunk with Lit's hydration
 * support): `define.ts` installs it before it defines the elements on such a page.
 */
export interface HydrationSide {
  /**
   * For `ServerReplay.renderRoot`: takes the state a server left in the host (its script,
   * removed once read) into `prerendered`, and says whether the first render repeats the
   * server's: there is a state, a server's shadow root, and Lit's hydration support.
   */
  connect<S extends PrerenderState>(replay: ServerReplay<S>): boolean;
  /** Resolves when a server's card may hydrate (its first update): a page of cards hydrates in slices. */
  turn(): Promise<void>;
  /** Resolves when the replay may render: the host's words are in, and a list's formatters made, each in a task of its own. */
  ready<S extends PrerenderState>(replay: ServerReplay<S>): Promise<void>;
  /** Ends the replay once the host's render and its cards have hydrated, in a new task. */
  hydrated<S extends PrerenderState>(replay: ServerReplay<S>): void;
}

let side: HydrationSide | undefined;

/** For `define.ts`, once the chunk is in. */
export function installHydrationSide(given: HydrationSide): void {
  side = given;
}

/** For a card's first update when it hydrates: its turn (at once without the chunk). */
export const hydrationTurn = (): Promise<void> => side?.turn() ?? Promise.resolve();

/**
 * Whether Lit's hydration support is installed: it adds `defer-hydration` to the attributes
 * LitElement observes, with a getter on LitElement itself (`define.ts` installs it on demand).
 */
export const hydrationInstalled = (): boolean => Object.hasOwn(LitElement, 'observedAttributes');

/** Whether `host` will hydrate a server's shadow root: it has one, with nodes, and Lit's hydration support is installed. */
export const willHydrate = (host: Element): boolean => Boolean(host.shadowRoot?.hasChildNodes()) && hydrationInstalled();

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
 * wait for its language (and a list's formatters) before the first render. Inputs: the host's
 * `prerendered` (its state, which the server sets and the hydration chunk sets in the browser),
 * `loaded()`, the host's words, and a list's `locale()`. The browser's work is the chunk's
 * (`HydrationSide`), which asks the host for the update that follows the page once the server's
 * render has hydrated, its cards included.
 */
export class ServerReplay<S extends PrerenderState> implements ReactiveController {
  /** Whether renders repeat the server's: on a server always, in the browser until hydrated. */
  replaying = isServer;

  /** `locale`, for a list: the language whose formatters are made before its replay. */
  constructor(
    readonly host: ReplayHost<S>,
    readonly key: 'jobs' | 'job',
    readonly loaded: () => Promise<void>,
    readonly locale?: () => string,
  ) {
    host.addController(this);
  }

  /** The server's state, while this render repeats the server's. */
  get replay(): S | undefined {
    return this.replaying ? this.host.prerendered : undefined;
  }

  /**
   * For the host's `createRenderRoot` (once, when it first connects; `create` is the base
   * class's): takes the server's state and hydrates the server's shadow root when it can, else
   * empties it (`serverRenderRoot`). Without the chunk (none of the page's elements was
   * prerendered when the library loaded, or it failed to load) a server's element renders
   * afresh, from its attributes.
   */
  renderRoot(create: () => HTMLElement | DocumentFragment): HTMLElement | DocumentFragment {
    this.replaying = side?.connect(this) ?? false;
    return serverRenderRoot(this.host, create, this.replaying);
  }

  /** For the host's `scheduleUpdate`: a server's render in another language is repeated once its words are here. */
  scheduleUpdate(update: () => void | Promise<unknown>): void | Promise<unknown> {
    return this.replaying && !this.host.hasUpdated && side ? side.ready(this).then(update) : update();
  }

  hostUpdated(): void {
    if (this.replaying && !this.host.hasUpdated) side?.hydrated(this);
  }
}
