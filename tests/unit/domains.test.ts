import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import {
  coveringDomains,
  domainAndParents,
  emailDomain,
  isPublicSuffix,
  normalizeDomain,
  registrableDomain,
} from "@/lib/domains/normalize-domain";
import { isFreeMailDomain, isFreeMailEmail } from "@/lib/domains/free-mail";
import { addDomainSchema, verificationRecord } from "@/lib/domains/schemas";
import { checkTxtRecord, domainLockName } from "@/lib/domains/verify-domain";
import { CHECK_FAILURES, checkFailureKey, checkFailureOf, describeLastError } from "@/lib/domains/check-failure";
import { translator } from "@/lib/i18n";
import { DnsLookupError, fileTxtResolver, getTxtResolver, setTxtResolver } from "@/lib/domains/resolver";
import { newVerificationToken } from "@/lib/domains/add-domain";

describe("normalizeDomain", () => {
  it.each([
    ["example.com", "example.com"],
    ["  Example.COM  ", "example.com"],
    ["https://www.Example.com/path?q=1#x", "www.example.com"],
    ["http://example.com:8080", "example.com"],
    ["example.com.", "example.com"],
    ["ftp://eu.mail.example.co.uk/", "eu.mail.example.co.uk"],
    ["alice@example.com", "example.com"],
    ["Bücher.Example", "xn--bcher-kva.example"],
    ["münchen.de", "xn--mnchen-3ya.de"],
    ["a-b.example", "a-b.example"],
    [`${"a".repeat(63)}.com`, `${"a".repeat(63)}.com`],
  ])("%s → %s", (input, expected) => {
    expect(normalizeDomain(input)).toBe(expected);
  });

  it.each([
    "",
    "   ",
    "localhost",
    "example",
    "exa mple.com",
    "-example.com",
    "example-.com",
    "exa_mple.com",
    "a..com",
    "192.168.1.1",
    "example.123",
    "[::1]",
    `${"a".repeat(64)}.com`,
    `${"abcdefghi.".repeat(26)}com`,
    "http://",
    ".com",
  ])("refuses %j", (input) => {
    expect(normalizeDomain(input)).toBeNull();
  });

  it("accepts up to 253 characters in all", () => {
    const name = `${"a".repeat(63)}.${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(61)}`;
    expect(name).toHaveLength(253);
    expect(normalizeDomain(name)).toBe(name);
    expect(normalizeDomain(`${name}e`)).toBeNull();
  });

  it("lists a domain and its parents", () => {
    expect(domainAndParents("a.b.example.com")).toEqual(["a.b.example.com", "b.example.com", "example.com"]);
    expect(domainAndParents("example.com")).toEqual(["example.com"]);
  });
});

describe("public suffixes (tldts, private suffixes included)", () => {
  it.each(["co.uk", "com.au", "gov.uk", "github.io", "blogspot.com", "s3.amazonaws.com", "herokuapp.com"])(
    "%s is a public suffix: no organization owns it",
    (domain) => {
      expect(isPublicSuffix(domain)).toBe(true);
      expect(coveringDomains(domain)).toEqual([]);
    },
  );

  it.each([
    ["acme.co.uk", "acme.co.uk"],
    ["eu.sales.acme.co.uk", "acme.co.uk"],
    ["acme.github.io", "acme.github.io"],
    ["docs.acme.github.io", "acme.github.io"],
    ["myblog.blogspot.com", "myblog.blogspot.com"],
    ["example.com", "example.com"],
    ["d-1.example", "d-1.example"],
  ])("%s has the registrable domain %s", (domain, registrable) => {
    expect(isPublicSuffix(domain)).toBe(false);
    expect(registrableDomain(domain)).toBe(registrable);
  });

  it("lists the names covering a domain down to its registrable domain, never a public suffix", () => {
    expect(coveringDomains("eu.sales.acme.co.uk")).toEqual(["eu.sales.acme.co.uk", "sales.acme.co.uk", "acme.co.uk"]);
    expect(coveringDomains("docs.acme.github.io")).toEqual(["docs.acme.github.io", "acme.github.io"]);
    expect(coveringDomains("a.b.example.com")).toEqual(domainAndParents("a.b.example.com"));
  });
});

describe("emailDomain", () => {
  it("returns the normalised domain of an email", () => {
    expect(emailDomain("Alice@Example.COM")).toBe("example.com");
    expect(emailDomain(" bob@eu.example.com ")).toBe("eu.example.com");
    expect(emailDomain("x@Bücher.example")).toBe("xn--bcher-kva.example");
  });
  it("returns null for what is not an email", () => {
    expect(emailDomain("no-at-sign.example.com")).toBeNull();
    expect(emailDomain("@example.com")).toBeNull();
    expect(emailDomain("alice@localhost")).toBeNull();
    expect(emailDomain("")).toBeNull();
  });
});

describe("free-mail providers", () => {
  it.each([
    "gmail.com",
    "googlemail.com",
    "yahoo.com",
    "yahoo.fr",
    "yahoo.co.uk",
    "hotmail.com",
    "hotmail.fr",
    "outlook.com",
    "outlook.fr",
    "live.com",
    "live.co.uk",
    "msn.com",
    "icloud.com",
    "me.com",
    "aol.com",
    "gmx.de",
    "gmx.net",
    "web.de",
    "yandex.ru",
    "mail.ru",
    "proton.me",
    "protonmail.com",
    "zoho.com",
    "orange.fr",
    "wanadoo.fr",
    "free.fr",
    "laposte.net",
    "sfr.fr",
    "GMAIL.COM",
    "mx.gmail.com",
  ])("%s is free mail", (domain) => {
    expect(isFreeMailDomain(domain)).toBe(true);
  });

  it.each([
    "example.com",
    "acme.fr",
    "mail.example.com",
    "gmail-partners.com",
    "mygmail.com",
    "yahoo.example.com",
    "freedom.fr",
    "orange-business.com",
  ])("%s is not free mail", (domain) => {
    expect(isFreeMailDomain(domain)).toBe(false);
  });

  it("checks an email's domain", () => {
    expect(isFreeMailEmail("Someone@GMail.com")).toBe(true);
    expect(isFreeMailEmail("someone@acme.test")).toBe(false);
  });
});

describe("add domain input", () => {
  it("normalises the domain and reports invalid input by message key", () => {
    expect(addDomainSchema.parse({ domain: " https://Acme.example/ " })).toEqual({ domain: "acme.example" });
    const invalid = addDomainSchema.safeParse({ domain: "not a domain" });
    expect(invalid.success).toBe(false);
    expect(invalid.error?.issues[0]).toMatchObject({ path: ["domain"], message: "domains.errors.invalid" });
    expect(addDomainSchema.safeParse({ domain: "" }).error?.issues[0].message).toBe("errors.required");
    expect(addDomainSchema.safeParse({}).error?.issues[0].message).toBe("errors.required");
  });
});

describe("verification record and TXT check", () => {
  const token = newVerificationToken();
  const record = verificationRecord("acme.example", token);

  it("is a TXT record on the domain itself carrying a 32-character URL-safe token", () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(newVerificationToken()).not.toBe(token);
    expect(record).toEqual({ type: "TXT", host: "acme.example", value: `roster-verification=${token}` });
  });

  it("matches the expected value, also when split in chunks or among other records", async () => {
    const value = record.value;
    expect(await checkTxtRecord(async () => [["v=spf1 -all"], [value]], "acme.example", value)).toEqual({ verified: true });
    expect(await checkTxtRecord(async () => [[value.slice(0, 10), value.slice(10)]], "acme.example", value)).toEqual({ verified: true });
  });

  it("explains why it does not match", async () => {
    const value = record.value;
    expect(await checkTxtRecord(async () => [["v=spf1 -all"]], "acme.example", value)).toEqual({ verified: false, reason: "noRecord" });
    expect(await checkTxtRecord(async () => [], "acme.example", value)).toEqual({ verified: false, reason: "noRecord" });
    expect(await checkTxtRecord(async () => [["roster-verification=other"]], "acme.example", value)).toEqual({
      verified: false,
      reason: "mismatch",
    });
    const failing = (code: string) => async () => {
      throw new DnsLookupError(code, "acme.example");
    };
    expect(await checkTxtRecord(failing("ENOTFOUND"), "acme.example", value)).toEqual({ verified: false, reason: "notFound" });
    expect(await checkTxtRecord(failing("ENODATA"), "acme.example", value)).toEqual({ verified: false, reason: "noRecord" });
    expect(await checkTxtRecord(failing("ETIMEOUT"), "acme.example", value)).toEqual({ verified: false, reason: "timeout" });
    expect(await checkTxtRecord(failing("ESERVFAIL"), "acme.example", value)).toEqual({ verified: false, reason: "dnsError" });
    expect(
      await checkTxtRecord(
        async () => {
          throw new Error("boom");
        },
        "acme.example",
        value,
      ),
    ).toEqual({ verified: false, reason: "dnsError" });
  });
});

describe("verification lock", () => {
  it("is shared by a domain, its parents and its subdomains (their last two labels), not by unrelated names", () => {
    const lock = domainLockName("example.com");
    for (const related of ["example.com", "eu.example.com", "a.b.eu.example.com"]) expect(domainLockName(related)).toBe(lock);
    for (const other of ["example.org", "notexample.com", "example.com.evil.test"]) expect(domainLockName(other)).not.toBe(lock);
    // Overlapping names always end with the same two labels (every parent has at least two).
    for (const name of ["x.y.acme.co.uk", "deep.sub.domain.example"]) {
      for (const parent of domainAndParents(name)) expect(domainLockName(parent)).toBe(domainLockName(name));
    }
  });
});

describe("check failures", () => {
  it("are stored as message keys and shown translated; any other stored text is shown as it is", () => {
    const en = translator("en");
    const fr = translator("fr");
    for (const reason of CHECK_FAILURES) {
      expect(checkFailureOf(checkFailureKey(reason))).toBe(reason);
      expect(describeLastError(fr, checkFailureKey(reason))).toBe(fr(checkFailureKey(reason)));
      expect(describeLastError(fr, checkFailureKey(reason))).not.toBe(checkFailureKey(reason));
    }
    expect(describeLastError(en, "domains.check.timeout")).toBe("The DNS lookup timed out: try again.");
    expect(checkFailureOf("domains.check.unknown")).toBeNull();
    expect(describeLastError(en, "SERVFAIL from resolver")).toBe("SERVFAIL from resolver");
  });
});

describe("TXT resolvers", () => {
  const tempDirs: string[] = [];
  afterEach(() => {
    setTxtResolver(null);
    delete process.env.ROSTER_FAKE_DNS_FILE;
  });
  afterAll(() => {
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });

  it("an injected resolver replaces the default until reset", async () => {
    const fake = async () => [["x"]];
    setTxtResolver(fake);
    expect(getTxtResolver()).toBe(fake);
    setTxtResolver(null);
    expect(getTxtResolver()).not.toBe(fake);
  });

  it("the fake DNS file (e2e) is read on every lookup", async () => {
    const dir = mkdtempSync(join(tmpdir(), "roster-dns-"));
    tempDirs.push(dir);
    const file = join(dir, "fake-dns.json");
    process.env.ROSTER_FAKE_DNS_FILE = file;
    const resolve = getTxtResolver();
    await expect(resolve("acme.example")).rejects.toMatchObject({ code: "ENOTFOUND" }); // no file yet
    writeFileSync(file, JSON.stringify({ "acme.example": [] }));
    await expect(resolve("acme.example")).rejects.toMatchObject({ code: "ENODATA" });
    writeFileSync(file, JSON.stringify({ "acme.example": ["roster-verification=abc", "v=spf1 -all"] }));
    expect(await resolve("ACME.example")).toEqual([["roster-verification=abc"], ["v=spf1 -all"]]);
    expect(await fileTxtResolver(file)("other.example").catch((error) => error.code)).toBe("ENOTFOUND");
  });
});
