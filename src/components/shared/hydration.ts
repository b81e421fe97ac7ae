/**
 * What only a page with elements a server rendered needs, in one chunk with Lit's hydration
 * support (`define.ts` loads both before it defines the elements, on such a page only): reading
 * a server's state script, the cards' hydration in slices, the formatters made ahead of a
 * list's replay, and the wait between the replay and the live render. `prerender.ts` holds what
 * every page needs (the controller, the render root) and calls these through `HydrationSide`.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import type { LitElement } from 'lit';
import { amountFormat, longDate, nameCollator, numberFormat, pluralRules, relativeTime, shortList } from '../../format/intl.js';
import { yieldToMain } from '../../schedule/main-thread.js';
import { PRERENDER_ATTRIBUTE, willHydrate, type HydrationSide } from './prerender.js';

// How long cards hydrate before the main thread is given back: a page of cards hydrating in one
// task was most of the prerendered demo's longest task (170 ms under Lighthouse's 4× slowdown);
// 8 ms stays under a long task's 50 ms on such a phone too.
const SLICE_MS = 8;
let sliceStart = Number.NEGATIVE_INFINITY;
let turns: Promise<void> = Promise.resolve();

export const hydrationSide: HydrationSide = {
  connect(replay) {
    const { host, key } = replay;
    const script = host.querySelector<HTMLScriptElement>(`:scope > script[type="application/json"][${PRERENDER_ATTRIBUTE}]`);
    if (!script || !host.shadowRoot) return false;
    // Removed when read, so that the page holds the jobs once (in the element's data) and not in
    // the DOM besides. Jobs are checked later, as any jobs given to an element.
    script.remove();
    try {
      const state: unknown = JSON.parse(script.textContent ?? '');
      if (typeof state !== 'object' || !state) return false;
      const { now, lang, [key]: jobs } = state as Record<string, unknown>;
      if (typeof now !== 'string' || Number.isNaN(Date.parse(now)) || typeof lang !== 'string' || typeof jobs !== 'object' || jobs === null) return false;
      host.prerendered = state as typeof host.prerendered;
      // Without Lit's hydration support the first render is a live one, on an empty root.
      return willHydrate(host);
    } catch {
      return false;
    }
  },

  // Cards take turns in the order they asked; a new task starts once a slice has run 8 ms. Until
  // its turn a card shows the server's nodes, which are the same.
  turn() {
    turns = turns.then(async () => {
      if (performance.now() - sliceStart < SLICE_MS) return;
      await yieldToMain();
      sliceStart = performance.now();
    });
    return turns;
  },

  // Making the formatters (a collator, plural rules, date formats: 10 to 60 ms each under a
  // phone's CPU) was most of a list's replay, in one task.
  async ready({ loaded, locale }) {
    await loaded();
    if (!locale) return;
    const makers = [nameCollator, pluralRules, numberFormat, relativeTime, shortList, (at: string) => longDate(at, true), (at: string) => longDate(at, false), (at: string) => amountFormat(at, undefined)];
    for (const make of makers) {
      await yieldToMain();
      make(locale());
    }
  },

  // The live render comes in a task of its own, once the cards (which hydrate in their own
  // first update, from what the list gave them) have.
  hydrated(replay) {
    const cards = [...replay.host.renderRoot.querySelectorAll<LitElement>('job-card')];
    void Promise.allSettled(cards.map((card) => card.updateComplete))
      .then(yieldToMain)
      .then(() => {
        replay.replaying = false;
        replay.host.requestUpdate();
      });
  },
};
