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
 * V8's collector sized for rendering pages. A request's objects live through its whole render
 * (tens of milliseconds, ten requests at a time under load), longer than V8's default 16 MB
 * young generation takes to fill: they were copied, promoted to the old generation, and left
 * there as garbage that V8 let grow to several times what is alive (600 MB to 1.3 GB of
 * resident memory under load here) before a full collection. A 64 MB young generation lets
 * them die young, and a 50 % growth step collects the old generation sooner. Measured side by
 * side (two servers on one database, interleaved 15 s rounds of 10 connections): 9-23 % less
 * CPU per request on the contacts, users, invoices and Overview pages, and 470-590 MB
 * resident instead of 530 MB-1.3 GB and rising.
 */
export const APP_HEAP_ARGS = ["--max-semi-space-size=64", "--heap-growing-percent=50"];

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
