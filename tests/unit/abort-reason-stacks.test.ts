// Aborted signals let go of what their reason's stack frames reached
// (lib/runtime/abort-reason-stacks.ts), shown in the shape a finished page render has: the
// render's last step runs in an Immediate and aborts the render's signal with an Error, and
// another request's step is queued right after it, carrying that request's async context.
import { AsyncLocalStorage } from "node:async_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { releaseAbortReasonStacks } from "@/lib/runtime/abort-reason-stacks";

setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

const requestContext = new AsyncLocalStorage<{ rendered: string[] }>();

/** A render finishing while another request's step waits behind it; the other request's data, weakly. */
async function finishRender(): Promise<{ signal: AbortSignal; otherRequest: WeakRef<string[]> }> {
  const controller = new AbortController();
  let otherRequest!: WeakRef<string[]>;
  await new Promise<void>((done) => {
    setImmediate(function completeRender() {
      controller.abort(new Error("This render completed successfully."));
    });
    const rendered = Array.from({ length: 1000 }, (_, i) => `row ${i}`);
    otherRequest = new WeakRef(rendered);
    requestContext.run({ rendered }, () => setImmediate(() => done()));
  });
  return { signal: controller.signal, otherRequest };
}

/** Whether the other request's data survives a full collection while the signal is kept. */
async function keptAfterCollection(finished: { otherRequest: WeakRef<string[]> }): Promise<boolean> {
  // A WeakRef's target stays alive until the current job ends.
  await new Promise((next) => setTimeout(next, 0));
  collectGarbage();
  return finished.otherRequest.deref() !== undefined;
}

describe("aborted signals' reasons", () => {
  it("keep another request's data alive through their unread stack, then no longer once released", async () => {
    const unpatched = await finishRender();
    expect(await keptAfterCollection(unpatched)).toBe(true);
    expect(unpatched.signal.aborted).toBe(true);

    releaseAbortReasonStacks();
    const released = await finishRender();
    expect(await keptAfterCollection(released)).toBe(false);
    expect(released.signal.aborted).toBe(true);
  });

  it("keep their message and stack for whoever reads them, and a bare abort still gives an AbortError", () => {
    releaseAbortReasonStacks();
    const installedAbort = AbortController.prototype.abort;
    releaseAbortReasonStacks();
    expect(AbortController.prototype.abort).toBe(installedAbort);
    const controller = new AbortController();
    const reason = new Error("stopped");
    controller.abort(reason);
    expect(controller.signal.reason).toBe(reason);
    expect(reason.message).toBe("stopped");
    expect(reason.stack).toMatch(/^Error: stopped\n\s+at /);

    const bare = new AbortController();
    bare.abort();
    expect(bare.signal.reason).toBeInstanceOf(DOMException);
    expect((bare.signal.reason as DOMException).name).toBe("AbortError");
  });

  it("stay as given when they are not Errors", () => {
    releaseAbortReasonStacks();
    const controller = new AbortController();
    controller.abort("done");
    expect(controller.signal.reason).toBe("done");
  });
});
