// The benchmarks' command lines: node:util parseArgs, strict, so a mistyped flag stops the
// run (exit 2, one line naming it, then the usage) instead of being ignored for minutes of
// seeding; --help prints the usage (exit 0).
import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;
type Values<O extends Options> = { [K in keyof O]?: O[K]["type"] extends "boolean" ? boolean : string };

export type CliOutcome<O extends Options> = { values: Values<O> } | { exit: 0 | 2; text: string };

/** What the command line asks for, or how to exit (the text goes to stdout for 0, stderr for 2). */
export function readBenchArgs<const O extends Options>(args: string[], options: O, usage: string, command: string): CliOutcome<O> {
  try {
    const { values } = parseArgs({
      // `npm run bench -- --load` passes the separator through on some npm versions.
      args: args[0] === "--" ? args.slice(1) : args,
      options: { ...options, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: false,
    });
    if ((values as { help?: boolean }).help) return { exit: 0, text: usage };
    return { values: values as Values<O> };
  } catch (error) {
    // Node's message names the flag, then suggests `--` for positionals: the first sentence says it.
    const message = (error instanceof Error ? error.message : String(error)).split("\n")[0].replace(/\. To specify a positional.*$/, "");
    return { exit: 2, text: `${command}: ${message.charAt(0).toLowerCase()}${message.slice(1)}\n${usage}` };
  }
}

/** readBenchArgs for the running script: prints and exits on --help or a mistake. */
export function benchArgs<const O extends Options>(options: O, usage: string, command: string): Values<O> {
  const outcome = readBenchArgs(process.argv.slice(2), options, usage, command);
  if ("values" in outcome) return outcome.values;
  usageExit(outcome.exit, outcome.text);
}

/** Prints the text (stdout for 0, stderr otherwise) and exits with the code. */
export function usageExit(code: 0 | 2, text: string): never {
  (code === 0 ? process.stdout : process.stderr).write(`${text}\n`);
  process.exit(code);
}
