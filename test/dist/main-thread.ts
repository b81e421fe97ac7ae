/**
 * A page's main-thread tasks with the CPU time each took, from a Chromium trace. A task's wall
 * time (what the Long Tasks API reports) also counts the time the thread waited for a core, which
 * on a busy two-core machine can be most of it; its CPU time is the page's own work, whatever else
 * the machine is doing, so tests can hold it to a yardstick measured in the same page.
 */
import type { Browser, Page } from 'playwright-core';

export interface Task {
  /** The renderer's main thread that ran it (`pid:tid`). */
  thread: string;
  /** When it started, in the trace's milliseconds. */
  start: number;
  /** Milliseconds from start to end. */
  wall: number;
  /** Milliseconds of CPU time on the main thread. */
  cpu: number;
}

/** A `performance.mark()` made in the page. */
export interface Mark {
  /** The main thread it was made on (`pid:tid`). */
  thread: string;
  /** When, in the trace's milliseconds. */
  time: number;
}

export interface MainThreadTrace {
  /** Every task of a renderer's main thread since the trace started (a page can move to another renderer when it navigates). */
  tasks: Task[];
  /** Each `performance.mark(name)` made, in order. */
  marks(name: string): Mark[];
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Runs `run` while tracing `page`, and returns its value with the trace; tracing stops whatever happens. */
export async function traced<T>(browser: Browser, page: Page, run: () => Promise<T>): Promise<{ value: T; trace: MainThreadTrace }> {
  await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline', 'blink.user_timing'] });
  let value: T;
  try {
    value = await run();
  } catch (error) {
    await browser.stopTracing();
    throw error;
  }
  const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const thread = (event: TraceEvent) => `${event.pid}:${event.tid}`;
  const main = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map(thread));
  const tasks = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.tdur !== undefined && main.has(thread(e)))
    .map((e) => ({ thread: thread(e), start: e.ts / 1000, wall: (e.dur ?? 0) / 1000, cpu: e.tdur! / 1000 }));
  const marks = events.filter((e) => e.cat === 'blink.user_timing').sort((a, b) => a.ts - b.ts);
  return { value, trace: { tasks, marks: (name) => marks.filter((e) => e.name === name).map((e) => ({ thread: thread(e), time: e.ts / 1000 })) } };
}

/** The task that was running when `mark` was made. */
export function taskOf(trace: MainThreadTrace, mark: Mark): Task | undefined {
  return trace.tasks.find((task) => task.thread === mark.thread && task.start <= mark.time && mark.time <= task.start + task.wall);
}
