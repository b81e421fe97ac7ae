// The globals mocha defines in the browser test page (@web/test-runner-mocha), typed here so
// that no @types package is needed. Function declarations merge if another file repeats them.
type MochaDone = (error?: unknown) => void;
interface MochaContext {
  /** Marks the running test as skipped (and stops it). */
  skip(): never;
  timeout(ms: number): void;
}
type MochaCallback = (this: MochaContext, done: MochaDone) => unknown;
declare function describe(title: string, body: () => void): void;
declare function it(title: string, body?: MochaCallback): void;
declare function before(body: MochaCallback): void;
declare function after(body: MochaCallback): void;
declare function beforeEach(body: MochaCallback): void;
declare function afterEach(body: MochaCallback): void;
