// Every finished page render used to keep the next one alive, so an app process under load
// held chains of 600-1,900 finished requests (140-230 MB of heap) and its memory kept rising.
//
// How: React's server renderer aborts each render's cache signal with a new Error once the
// render completes, and Next aborts its own signals the same way. Nobody reads those
// errors' `.stack`, and until someone does, V8 keeps the stack as structured frames that
// hold each frame's receiver. One of those receivers is the Node `Immediate` that ran the
// render's last step; an Immediate that has run still points (`_idleNext`) at the ones
// queued after it, which carry other requests' async context: their render, their response
// and their own aborted signal, whose error holds the next ones. Whatever long-lived object
// captured one request's context (a database connection opened during a render) then
// roots all the requests after it.
//
// Reading `.stack` once, when the signal is aborted, turns the frames into a string (a few
// microseconds) and lets the request go, while the reason keeps its message and stack for
// whoever reads it. Known upstream: react/react#37288 (the render-completed reason) and
// vercel/next.js#84648; remove this once the React and Next in use no longer keep them.

const installed = Symbol.for("roster.abortReasonStacks");

type Patched = typeof AbortController.prototype & { [installed]?: true };

/** Makes every `AbortController#abort` format its reason's stack at once (idempotent). */
export function releaseAbortReasonStacks(): void {
  const prototype = AbortController.prototype as Patched;
  if (prototype[installed]) return;
  const abort = prototype.abort;
  prototype.abort = function abortReleasingStack(this: AbortController, reason?: unknown): void {
    abort.call(this, reason);
    const stored: unknown = this.signal.reason;
    if (stored instanceof Error) void stored.stack;
  };
  prototype[installed] = true;
}
