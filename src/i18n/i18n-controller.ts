/**
 * Gives an element the strings and locale of its language, as a reactive controller shared by
 * `<job-list>`, `<job-card>` and `<job-detail>`.
 *
 * The language is the closest `lang` (through shadow roots, then the page's). A change of any
 * `lang` attribute above the element, in the page or in the shadow roots it sits in, is noticed; a table that is not loaded yet is loaded, and the element renders
 * again when it arrives. Until the first table is there `ready` is false, and elements show their
 * placeholders rather than a flash of English; when the language changes later, the element keeps
 * its current words until the new ones arrive, so nothing on the page jumps or loses focus.
 *
 * A language can be pinned (`pinned`): an element that a server rendered (`shared/prerender.ts`)
 * repeats the server's render in the server's language, whatever the page says, and follows the
 * page's once the pin is lifted. On a server, where nothing is connected, the pin is the language.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localeOf } from '../format/locale.js';
import type { Strings, StringsOverride } from './strings.js';
import { formatLocale, hasTable, loadTable, mergeStrings, stringsFor, stringsListeners } from './tables.js';

type Host = ReactiveControllerHost & HTMLElement & { strings?: StringsOverride | undefined };

// One observer per tree (the page, or a shadow root) for every element in it: a list's 100 cards
// would otherwise register 200. It lives as long as the tree; an element leaving removes its
// callback.
const langWatchers = new WeakMap<Node, Set<() => void>>();

function watchLang(tree: Node, onChange: () => void): () => void {
  let callbacks = langWatchers.get(tree);
  if (!callbacks) {
    const set = new Set<() => void>();
    new MutationObserver(() => set.forEach((callback) => callback())).observe(tree, { attributeFilter: ['lang'], subtree: true });
    langWatchers.set(tree, (callbacks = set));
  }
  callbacks.add(onChange);
  return () => void callbacks.delete(onChange);
}

export class I18nController implements ReactiveController {
  readonly #host: Host;
  readonly #overrides: () => StringsOverride | undefined;
  readonly #pinned: () => string | undefined;
  // The closest `lang`, as last read.
  #tag = 'en';
  // The last language whose table was there: what the element shows while another one loads.
  #shownTag: string | undefined;
  #unwatch: (() => void)[] = [];
  #own: { base: Strings; own: StringsOverride; strings: Strings } | undefined;
  readonly #update = (): void => this.#host.requestUpdate();

  /**
   * `overrides` gives the strings that replace the table's (by default the host's `strings`);
   * `pinned` the language to use instead of the closest `lang`, while there is one (its table
   * loaded by whoever pins it).
   */
  constructor(host: Host, overrides: () => StringsOverride | undefined = () => host.strings, pinned: () => string | undefined = () => undefined) {
    this.#host = host;
    this.#overrides = overrides;
    this.#pinned = pinned;
    host.addController(this);
  }

  get #current(): string {
    return this.#pinned() ?? this.#tag;
  }

  get #shown(): string | undefined {
    const tag = this.#current;
    if (hasTable(tag)) this.#shownTag = tag;
    return this.#shownTag;
  }

  /** The locale for `Intl` (`de-CH`), or `en` when the language has no strings. */
  get locale(): string {
    return formatLocale(this.#shown ?? 'en');
  }

  /** Whether the element has words to show (else `strings` is English, for placeholders only). */
  get ready(): boolean {
    return this.#shown !== undefined;
  }

  /** Settles once the table of the element's language is there (or has failed, for English). */
  get loaded(): Promise<void> {
    return loadTable(this.#current);
  }

  /** The table of the element's language, with the app's strings and the element's `strings`. */
  get strings(): Strings {
    const base = stringsFor(this.#shown ?? 'en');
    const own = this.#overrides();
    if (!own) return base;
    if (this.#own?.base !== base || this.#own.own !== own) this.#own = { base, own, strings: mergeStrings(base, own) };
    return this.#own.strings;
  }

  hostConnected(): void {
    // Any `lang` in the trees the element sits in: its own, an ancestor's (a section of the page
    // in another language), the list around a card. Only `lang` changes are reported, and rarely.
    for (let node: Node = this.#host; ; ) {
      const root = node.getRootNode();
      this.#unwatch.push(watchLang(root instanceof ShadowRoot ? root : document.documentElement, this.#onLangChange));
      if (!(root instanceof ShadowRoot)) break;
      node = root.host;
    }
    stringsListeners.add(this.#update);
    this.#resolve();
  }

  hostDisconnected(): void {
    this.#unwatch.forEach((unwatch) => unwatch());
    this.#unwatch = [];
    stringsListeners.delete(this.#update);
  }

  readonly #onLangChange = (): void => this.#resolve();

  #resolve(): void {
    const tag = localeOf(this.#host);
    if (tag !== this.#tag) {
      this.#tag = tag;
      this.#update();
    }
    if (!hasTable(tag)) void loadTable(tag).then(this.#update);
  }
}
