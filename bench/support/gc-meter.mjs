// Loaded into each benchmarked app process (node --import): adds up the garbage collector's
// pauses and, on SIGUSR2, writes the total so far and the heap's figures to <pid>.json in
// ROSTER_BENCH_GC_DIR, so the load benchmark can give the collector's share of each page's CPU
// time and say what the memory holds (bench/load.ts).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PerformanceObserver } from "node:perf_hooks";

const dir = process.env.ROSTER_BENCH_GC_DIR;
if (dir) {
  const file = join(dir, `${process.pid}.json`);
  let gcMs = 0;
  let seq = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  }).observe({ entryTypes: ["gc"] });
  const mb = (bytes) => bytes / 1048576;
  process.on("SIGUSR2", () => {
    const memory = process.memoryUsage();
    const heap = { usedMb: mb(memory.heapUsed), totalMb: mb(memory.heapTotal) };
    writeFileSync(file, JSON.stringify({ seq: ++seq, gcMs, heap }));
  });
}
