/** Work compared within one run, never against a clock (CI machines are noisy). */

/** CPU time of `run` in this process, in ms: less disturbed than the clock by other processes. */
function cpu(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * The time `read(make(10 × size))` takes against three runs of `read(make(size))`: about 10/3
 * when the work is linear, 100/3 when it is quadratic. Each side is at least a few ms, so noise
 * of a millisecond cannot decide. Returns the ratio and what reading the larger text gave.
 */
export function scaling<T>(make: (size: number) => string, size: number, read: (text: string) => T): { ratio: number; large: T } {
  const small = make(size);
  const large = make(size * 10);
  read(small); // warm up
  const base = cpu(() => {
    for (let i = 0; i < 3; i++) read(small);
  });
  let result!: T;
  const time = cpu(() => (result = read(large)));
  return { ratio: time / Math.max(base, 1), large: result };
}

export const LINEAR = 10; // linear work gives about 3, quadratic about 30

