// Loaded into the benchmarked `next start` process (node --import): adds up the garbage
// collector's pauses and, on SIGUSR2, writes the total so far to ROSTER_BENCH_GC_FILE, so the
// load benchmark can give the collector's share of each page's CPU time (bench/load.ts).
import { writeFileSync } from "node:fs";
import { PerformanceObserver } from "node:perf_hooks";

const file = process.env.ROSTER_BENCH_GC_FILE;
if (file) {
  let gcMs = 0;
  let seq = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  }).observe({ entryTypes: ["gc"] });
  process.on("SIGUSR2", () => writeFileSync(file, JSON.stringify({ seq: ++seq, gcMs })));
}
