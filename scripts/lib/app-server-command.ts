// The app server's command line, one place for `npm start` (scripts/start.ts) and the
// benchmarks (bench/support.ts), so what is measured is what is served: a single `next`
// process, or the cluster primary over `workers` of them (scripts/lib/next-cluster.ts).
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** No request body read past the server action limit (lib/http/body-gate.ts). */
function bodyGateArgs(root: string): string[] {
  return ["--import", pathToFileURL(join(root, "scripts", "lib", "next-server-gate.mjs")).href];
}

/**
 * V8's collector sized for rendering pages within 400 MB a process. A request's objects live
 * through its whole render (tens of milliseconds, ten requests at a time under load), longer
 * than V8's default 16 MB young generation takes to fill, so they were promoted and left as
 * old-generation garbage that V8 let grow to ~600 MB resident before a full collection. A
 * 32 MB young generation lets more of them die young, and a 50 % growth step collects the old
 * generation sooner. Measured side by side (two servers on one database, interleaved 15 s
 * rounds of 10 connections on the contacts page), once finished renders no longer kept each
 * other alive (lib/runtime/abort-reason-stacks.ts): 375-383 MB resident against 578-597 MB
 * with V8's defaults, for ~10 % more CPU per request (18.3 against 16.7 ms on average; one
 * round of five went the other way); a 64 MB young generation cost the same CPU as 32 MB and
 * 90 MB more memory.
 */
export const APP_HEAP_ARGS = ["--max-semi-space-size=32", "--heap-growing-percent=50"];

/** Node flags of a production app process: the body gate, then the collector's sizes. */
export function productionNodeArgs(root: string): string[] {
  return [...bodyGateArgs(root), ...APP_HEAP_ARGS];
}

/** Arguments for `node`: `nodeArgs` go to each app process, `nextArgs` to Next (`start -p 3000`…). */
export function appServerCommand(root: string, workers: number, nodeArgs: string[], nextArgs: string[]): string[] {
  const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");
  return workers > 1
    ? ["--import", "tsx", join(root, "scripts", "lib", "next-cluster.ts"), String(workers), "--", ...nodeArgs, "--", ...nextArgs]
    : [...nodeArgs, nextBin, ...nextArgs];
}
