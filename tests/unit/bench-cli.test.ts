// The benchmarks' command lines (bench/support/cli.ts): --help is the usage and exit 0; a
// flag they do not know, a missing value or a stray argument is one line naming it, the
// usage after it, and exit 2; and the progress lines of a long seeding.
import { describe, expect, it, vi } from "vitest";
import { readBenchArgs } from "@/bench/support/cli";
import { seedingProgress } from "@/bench/support/progress";

const OPTIONS = { load: { type: "boolean" }, duration: { type: "string" } } as const;
const USAGE = "usage: npm run bench [-- OPTIONS]";
const read = (...args: string[]) => readBenchArgs(args, OPTIONS, USAGE, "npm run bench");

describe("readBenchArgs", () => {
  it("reads known flags, after npm's separator too", () => {
    expect(read()).toEqual({ values: {} });
    expect(read("--load", "--duration=5")).toEqual({ values: { load: true, duration: "5" } });
    expect(read("--", "--load")).toEqual({ values: { load: true } });
  });

  it("answers --help and -h with the usage, exit 0", () => {
    expect(read("--help")).toEqual({ exit: 0, text: USAGE });
    expect(read("--load", "-h")).toEqual({ exit: 0, text: USAGE });
  });

  it.each([
    [["--nope"], "npm run bench: unknown option '--nope'"],
    [["--load", "--dration=5"], "npm run bench: unknown option '--dration'"],
    [["-x"], "npm run bench: unknown option '-x'"],
    [["--duration"], "npm run bench: option '--duration <value>' argument missing"],
    [["load"], "npm run bench: unexpected argument 'load'. This command does not take positional arguments"],
  ])("%j: one line naming it, then the usage, exit 2", (args, line) => {
    expect(read(...args)).toEqual({ exit: 2, text: `${line}\n${USAGE}` });
  });
});

describe("seedingProgress", () => {
  it("prints each batch with the table, its rows and the time, and a line every few seconds between them", () => {
    vi.useFakeTimers();
    try {
      const lines: string[] = [];
      const progress = seedingProgress((line) => lines.push(line), 5000);
      progress.progress("Contact", 5000, 10_000);
      progress.progress("Contact", 10_000, 10_000);
      vi.advanceTimersByTime(5000);
      progress.log("contacts: 10000, contact roles: 3000");
      vi.advanceTimersByTime(3000);
      progress.stop();
      vi.advanceTimersByTime(20_000);
      expect(lines).toEqual([
        "  seeding: Contact 5,000/10,000 rows (0.0 s)",
        "  seeding: Contact 10,000/10,000 rows (0.0 s)",
        "  seeding: 10,000 rows written so far, generating the next ones (5.0 s)",
        "  seeding: contacts: 10000, contact roles: 3000 (5.0 s)",
      ]);
    } finally {
      vi.useRealTimers();
    }
  });
});
