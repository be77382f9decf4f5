// The app server's command line, one place for `npm start` (scripts/start.ts) and the
// benchmarks (bench/support.ts), so what is measured is what is served: a single `next`
// process, or the cluster primary over `workers` of them (scripts/lib/next-cluster.ts).
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Node flags of a production app process: no request body read past the server action limit (lib/http/body-gate.ts). */
export function bodyGateArgs(root: string): string[] {
  return ["--import", pathToFileURL(join(root, "scripts", "lib", "next-server-gate.mjs")).href];
}

/** Arguments for `node`: `nodeArgs` go to each app process, `nextArgs` to Next (`start -p 3000`…). */
export function appServerCommand(root: string, workers: number, nodeArgs: string[], nextArgs: string[]): string[] {
  const nextBin = join(root, "node_modules", "next", "dist", "bin", "next");
  return workers > 1
    ? ["--import", "tsx", join(root, "scripts", "lib", "next-cluster.ts"), String(workers), "--", ...nodeArgs, "--", ...nextArgs]
    : [...nodeArgs, nextBin, ...nextArgs];
}
