/**
 * The lists connected to the page. They share the one `#job=` fragment, so they coordinate: a
 * list that pushes a history entry tells the others (pushState fires no event), and an id that
 * no list knows is reported as "not found" by one list only, once every list has loaded.
 */
import type { FeedStatus } from '../../feed/feed-controller.js';

export interface RegisteredList {
  readonly loadStatus: FeedStatus;
  hasJob(id: string): boolean;
  readLocation(byPerson: boolean): void;
  requestUpdate(): void;
}

class ListRegistry {
  private readonly lists = new Set<RegisteredList>();

  add(list: RegisteredList): void {
    this.lists.add(list);
    this.changed(list);
  }

  delete(list: RegisteredList): void {
    if (this.lists.delete(list)) this.changed(list);
  }

  /** What `list` holds changed: the others re-decide whether they report "not found". */
  changed(list: RegisteredList): void {
    for (const other of this.lists) if (other !== list) other.requestUpdate();
  }

  /** The URL changed by script (pushState): every list reads it, as after a click. */
  locationChanged(): void {
    for (const list of this.lists) list.readLocation(true);
  }

  /** Whether `list` is the one to say that `id` is not found. */
  reportsNotFound(list: RegisteredList, id: string): boolean {
    let reporter: RegisteredList | undefined;
    for (const candidate of this.lists) {
      // Until every list has loaded, the id may still turn out to be another list's.
      if (candidate.loadStatus === 'loading' || candidate.hasJob(id)) return false;
      if (!reporter && candidate.loadStatus === 'complete') reporter = candidate;
    }
    return reporter === list;
  }
}

export const listRegistry = new ListRegistry();
