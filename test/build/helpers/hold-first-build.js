// Preloaded (`node --import`) into `job-widgets build --watch` by cli.test.ts, to put an edit
// inside the first build whatever the machine's speed, instead of guessing when that is:
// - the first build's postings are handed to the parse workers; those messages are held, and
//   "hold: first build held" on stderr tells the test to edit a posting now;
// - once the watcher has taken in that change (its realpath() of the posting has resolved, and
//   the batch has gone on to the CLI's rebuild, which must wait for the first build), the held
//   messages are sent and the first build goes on.
// Plain JavaScript: the CLI under test is the compiled one, run by node without a loader.
import fsPromises from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { setImmediate } from 'node:timers';
import { isMainThread, Worker } from 'node:worker_threads';

if (isMainThread) {
  /** @type {'waiting' | 'holding' | 'released'} */
  let state = 'waiting';
  /** @type {(() => void)[]} */
  const held = [];

  const postMessage = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, transfer) {
    const parseRequest = typeof message === 'object' && message !== null && 'files' in message;
    if (state === 'released' || !parseRequest) return postMessage.call(this, message, transfer);
    held.push(() => postMessage.call(this, message, transfer));
    if (state === 'waiting') {
      state = 'holding';
      process.stderr.write('hold: first build held\n');
    }
  };

  const realpath = fsPromises.realpath;
  fsPromises.realpath = /** @type {typeof realpath} */ (
    async (path, options) => {
      const real = await realpath(path, options);
      if (state === 'holding' && /\.(?:md|markdown)$/.test(String(path))) {
        // The rest of the batch (classifying, calling the rebuild) runs in this task's microtasks.
        setImmediate(() => {
          state = 'released';
          process.stderr.write('hold: released\n');
          for (const send of held.splice(0)) send();
        });
      }
      return real;
    }
  );
  // The CLI imports realpath by name from node:fs/promises: give it the wrapper.
  syncBuiltinESMExports();
}
