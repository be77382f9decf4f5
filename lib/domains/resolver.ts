// DNS TXT lookups of customer domains, behind an injectable resolver: integration
// tests set a fake one; the e2e app reads a fake zone from ROSTER_FAKE_DNS_FILE.
import { readFile } from "node:fs/promises";
import { Resolver } from "node:dns/promises";
import { config } from "@/lib/config";

/** Resolves the TXT records of a hostname; each record is a list of character-strings (as node:dns returns them). */
export type TxtResolver = (hostname: string) => Promise<string[][]>;

export const DNS_TIMEOUT_MS = 5_000;

/** An error carrying a node:dns-style code (ENOTFOUND, ENODATA, ETIMEOUT, ESERVFAIL…). */
export class DnsLookupError extends Error {
  constructor(
    readonly code: string,
    hostname: string,
  ) {
    super(`${code} ${hostname}`);
    this.name = "DnsLookupError";
  }
}

async function systemResolveTxt(hostname: string): Promise<string[][]> {
  const resolver = new Resolver({ timeout: 2_000, tries: 2 });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      resolver.cancel();
      reject(new DnsLookupError("ETIMEOUT", hostname));
    }, DNS_TIMEOUT_MS);
  });
  try {
    return await Promise.race([resolver.resolveTxt(hostname), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Test only (the e2e app): TXT records from a JSON file `{ "hostname": ["record", …] }`,
 * read on every lookup because the test writes it while the app runs. A hostname that
 * is not in the file does not exist (ENOTFOUND); an empty list has no TXT record (ENODATA).
 */
export function fileTxtResolver(path: string): TxtResolver {
  return async (hostname) => {
    let zone: Record<string, unknown> = {};
    try {
      zone = JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    const records = zone[hostname.toLowerCase()];
    if (!Array.isArray(records)) throw new DnsLookupError("ENOTFOUND", hostname);
    if (records.length === 0) throw new DnsLookupError("ENODATA", hostname);
    return records.map((record) => [String(record)]);
  };
}

function defaultResolver(): TxtResolver {
  const fakeFile = config().ROSTER_FAKE_DNS_FILE;
  return fakeFile ? fileTxtResolver(fakeFile) : systemResolveTxt;
}

let injected: TxtResolver | null = null;

/** The resolver in use: an injected one, else the fake file when ROSTER_FAKE_DNS_FILE is set, else real DNS. */
export function getTxtResolver(): TxtResolver {
  return injected ?? defaultResolver();
}

/** Replaces the resolver (tests); null restores the default. */
export function setTxtResolver(resolver: TxtResolver | null): void {
  injected = resolver;
}
