/**
 * For the benches' page code: resolves after the next frame has painted, with the time then (a
 * `requestAnimationFrame`, then a MessageChannel task, which runs after that frame's style,
 * layout and paint).
 */
export function nextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
}
