// Progress of a long seeding (minutes at the benchmarks' sizes): a line after every batch
// written (lib/seed/large.ts writes 5,000 rows a statement) with the table, its rows so far
// and the time elapsed, and a line every few seconds while rows are generated in memory
// between them, so a silent run is a stuck one.
const HEARTBEAT_MS = 10_000;

export type SeedingProgress = {
  progress(table: string, inserted: number, of: number): void;
  log(line: string): void;
  stop(): void;
};

export function seedingProgress(print: (line: string) => void = console.log, heartbeatMs = HEARTBEAT_MS): SeedingProgress {
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  let lastLine = Date.now();
  let rows = 0;
  const say = (line: string) => {
    lastLine = Date.now();
    print(`  seeding: ${line} (${elapsed()})`);
  };
  const written = new Map<string, number>();
  const timer = setInterval(
    () => {
      if (Date.now() - lastLine >= heartbeatMs) say(`${rows.toLocaleString("en")} rows written so far, generating the next ones`);
    },
    Math.min(heartbeatMs, 1000),
  );
  timer.unref();
  return {
    progress(table, inserted, of) {
      // A table written again later starts again from its first batch.
      const before = written.get(table) ?? 0;
      rows += inserted > before ? inserted - before : inserted;
      written.set(table, inserted);
      say(`${table} ${inserted.toLocaleString("en")}/${of.toLocaleString("en")} rows`);
    },
    log: (line) => say(line),
    stop: () => clearInterval(timer),
  };
}
