// Verified domains against a real database: add, verify (through a fake resolver:
// only DNS lookups of customer domains are faked), remove, the email lookup used by
// contacts, and every action refused to everyone but the organization's admins.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { addDomain } from "@/lib/domains/add-domain";
import { verifyDomain } from "@/lib/domains/verify-domain";
import { removeDomain } from "@/lib/domains/remove-domain";
import { listDomains } from "@/lib/domains/list-domains";
import { findVerifiedDomainForEmail, verifiedDomainNames } from "@/lib/domains/verified-domain-for-email";
import { DnsLookupError, setTxtResolver, type TxtResolver } from "@/lib/domains/resolver";
import { actorOf, createOrgWithRoles, createUser, uid } from "../support/factories";

type Org = Awaited<ReturnType<typeof createOrgWithRoles>>;

afterEach(() => setTxtResolver(null));

const uniqueDomain = (prefix = "d") => `${prefix}-${uid()}.example`;

/** A fake DNS zone: hostname → TXT values, or a DNS error code. */
function fakeDns(zone: Record<string, string[] | { error: string }>): { calls: string[] } {
  const calls: string[] = [];
  const resolver: TxtResolver = async (hostname) => {
    calls.push(hostname);
    const entry = zone[hostname];
    if (!entry) throw new DnsLookupError("ENOTFOUND", hostname);
    if ("error" in entry) throw new DnsLookupError(entry.error, hostname);
    return entry.map((value) => [value]);
  };
  setTxtResolver(resolver);
  return { calls };
}

async function add(org: Org, domain: string) {
  const result = await addDomain.call(actorOf(org.users.ORG_ADMIN), org.organization.slug, { domain });
  if (!result.ok) throw new Error(`add failed: ${JSON.stringify(result)}`);
  return result.data;
}

async function addVerified(org: Org, domain: string) {
  const added = await add(org, domain);
  fakeDns({ [domain]: [added.record.value] });
  const verified = await verifyDomain.call(actorOf(org.users.ORG_ADMIN), org.organization.slug, { domainId: added.id });
  expect(verified).toMatchObject({ ok: true, data: { status: "VERIFIED" } });
  setTxtResolver(null);
  return added;
}

const auditCount = (organizationId: string) => db.auditEvent.count({ where: { organizationId } });
const rowsOf = (organizationId: string) => db.verifiedDomain.findMany({ where: { organizationId }, orderBy: { id: "asc" } });

describe("add a domain", () => {
  it("normalises it, stores a PENDING row with a fresh token, returns the TXT record and audits it", async () => {
    const org = await createOrgWithRoles();
    const id = uid();
    const result = await addDomain.call(actorOf(org.users.ORG_ADMIN), org.organization.slug, {
      domain: `  https://WWW.Acme-${id}.Example./careers?x=1 `,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const domain = `www.acme-${id}.example`;
    const row = await db.verifiedDomain.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(row).toMatchObject({
      organizationId: org.organization.id,
      domain,
      status: "PENDING",
      verifiedAt: null,
      lastCheckedAt: null,
      lastError: null,
    });
    expect(row.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(result.data).toEqual({ id: row.id, domain, record: { type: "TXT", host: domain, value: `roster-verification=${row.token}` } });
    const audit = await db.auditEvent.findMany({ where: { organizationId: org.organization.id } });
    expect(audit).toMatchObject([
      {
        action: "domain.added",
        actorUserId: org.users.ORG_ADMIN.id,
        targetType: "VerifiedDomain",
        targetId: row.id,
        metadata: { domain },
        ip: "127.0.0.1",
      },
    ]);

    const other = await add(org, uniqueDomain());
    expect(other.record.value).not.toBe(result.data.record.value);
    expect((await listDomains(org)).map((d) => d.domain)).toEqual([domain, other.domain]);
  });

  it("accepts a FormData body as the form posts it", async () => {
    const org = await createOrgWithRoles();
    const form = new FormData();
    const domain = uniqueDomain();
    form.set("domain", domain.toUpperCase());
    const result = await addDomain.call(actorOf(org.users.ORG_ADMIN), org.organization.slug, form);
    expect(result).toMatchObject({ ok: true, data: { domain } });
  });

  it("refuses free-mail providers with a field error, in the caller's language, and writes nothing", async () => {
    const org = await createOrgWithRoles();
    const admin = actorOf(org.users.ORG_ADMIN);
    const en = await addDomain.call(admin, org.organization.slug, { domain: "Gmail.com" });
    expect(en).toEqual({
      ok: false,
      code: "FREE_MAIL",
      fieldErrors: { domain: ["gmail.com is a free email provider: only a domain your organization owns can be verified."] },
    });
    const fr = await addDomain.call(admin, org.organization.slug, { domain: "https://yahoo.fr" }, { locale: "fr" });
    expect(fr).toMatchObject({
      ok: false,
      fieldErrors: {
        domain: [
          "yahoo.fr est un fournisseur de messagerie gratuit\u202F: seul un domaine appartenant à votre organisation peut être vérifié.",
        ],
      },
    });
    for (const domain of ["hotmail.co.uk", "orange.fr", "proton.me"]) {
      expect(await addDomain.call(admin, org.organization.slug, { domain })).toMatchObject({ ok: false, code: "FREE_MAIL" });
    }
    expect(await rowsOf(org.organization.id)).toEqual([]);
    expect(await auditCount(org.organization.id)).toBe(0);
  });

  it("refuses invalid domains with a field error and writes nothing", async () => {
    const org = await createOrgWithRoles();
    const admin = actorOf(org.users.ORG_ADMIN);
    for (const domain of ["not a domain", "localhost", "10.0.0.1", "-bad.example", `${"a".repeat(64)}.example`]) {
      expect(await addDomain.call(admin, org.organization.slug, { domain })).toEqual({
        ok: false,
        code: "INVALID",
        fieldErrors: { domain: ["Enter a domain name such as example.com."] },
      });
    }
    expect(await addDomain.call(admin, org.organization.slug, { domain: "" })).toEqual({
      ok: false,
      code: "INVALID",
      fieldErrors: { domain: ["This field is required."] },
    });
    expect(await addDomain.call(admin, org.organization.slug, { domain: "x".repeat(301) })).toEqual({
      ok: false,
      code: "INVALID",
      fieldErrors: { domain: ["At most 300 characters."] },
    });
    expect(await addDomain.call(admin, org.organization.slug, { domain: "pas un domaine" }, { locale: "fr" })).toMatchObject({
      fieldErrors: { domain: ["Saisissez un nom de domaine tel que exemple.fr."] },
    });
    expect(await rowsOf(org.organization.id)).toEqual([]);
    expect(await auditCount(org.organization.id)).toBe(0);
  });

  it("refuses a domain the organization already has, however it is typed", async () => {
    const org = await createOrgWithRoles();
    const domain = uniqueDomain();
    await add(org, domain);
    const result = await addDomain.call(actorOf(org.users.ORG_ADMIN), org.organization.slug, {
      domain: `HTTPS://${domain.toUpperCase()}/`,
    });
    expect(result).toEqual({ ok: false, code: "DUPLICATE", fieldErrors: { domain: ["This domain is already on your list."] } });
    expect(await rowsOf(org.organization.id)).toHaveLength(1);
    expect(await auditCount(org.organization.id)).toBe(1);
  });

  it("refuses a domain another organization VERIFIED, without naming it; a PENDING one elsewhere does not block", async () => {
    const a = await createOrgWithRoles("Alpha");
    const b = await createOrgWithRoles("Beta");
    const taken = uniqueDomain("taken");
    await addVerified(b, taken);
    const result = await addDomain.call(actorOf(a.users.ORG_ADMIN), a.organization.slug, { domain: taken });
    expect(result).toEqual({
      ok: false,
      code: "VERIFIED_ELSEWHERE",
      fieldErrors: { domain: ["This domain, or a domain it belongs to, is already verified by another organization."] },
    });
    expect(JSON.stringify(result)).not.toContain(b.organization.slug);
    expect(await rowsOf(a.organization.id)).toEqual([]);
    expect(await auditCount(a.organization.id)).toBe(0);

    const pendingElsewhere = uniqueDomain("pending");
    await add(b, pendingElsewhere);
    expect(await addDomain.call(actorOf(a.users.ORG_ADMIN), a.organization.slug, { domain: pendingElsewhere })).toMatchObject({ ok: true });
  });

  it("refuses a subdomain of a domain another organization VERIFIED (its owner controls the zone)", async () => {
    const a = await createOrgWithRoles("Alpha");
    const b = await createOrgWithRoles("Beta");
    const admin = actorOf(a.users.ORG_ADMIN);
    const parent = uniqueDomain("parent");
    await addVerified(b, parent);
    for (const domain of [`eu.${parent}`, `a.b.${parent}`]) {
      expect(await addDomain.call(admin, a.organization.slug, { domain })).toMatchObject({ ok: false, code: "VERIFIED_ELSEWHERE" });
    }
    expect(await rowsOf(a.organization.id)).toEqual([]);
    expect(await auditCount(a.organization.id)).toBe(0);

    // Names that merely end the same way do not overlap; nor does one's own verified parent.
    expect(await addDomain.call(admin, a.organization.slug, { domain: `not${parent}` })).toMatchObject({ ok: true });
    expect(await addDomain.call(actorOf(b.users.ORG_ADMIN), b.organization.slug, { domain: `eu.${parent}` })).toMatchObject({ ok: true });
  });

  it("a subdomain VERIFIED by another organization does not block the owner of its parent, nor its siblings", async () => {
    const a = await createOrgWithRoles("Alpha");
    const b = await createOrgWithRoles("Beta");
    const admin = actorOf(a.users.ORG_ADMIN);
    const parent = uniqueDomain("owner");
    await addVerified(b, `eu.${parent}`);
    const added = await addDomain.call(admin, a.organization.slug, { domain: parent });
    expect(added).toMatchObject({ ok: true, data: { domain: parent } });
    expect(await addDomain.call(admin, a.organization.slug, { domain: `us.${parent}` })).toMatchObject({ ok: true });
    // …and it can be verified: both are then VERIFIED, each by one organization.
    fakeDns({ [parent]: [added.ok ? added.data.record.value : ""] });
    expect(await verifyDomain.call(admin, a.organization.slug, { domainId: added.ok ? added.data.id : "" })).toMatchObject({
      ok: true,
      data: { status: "VERIFIED" },
    });
    // The subdomain itself stays one organization's.
    expect(await addDomain.call(admin, a.organization.slug, { domain: `eu.${parent}` })).toMatchObject({
      ok: false,
      code: "VERIFIED_ELSEWHERE",
    });
  });
});

describe("public suffixes (the Public Suffix List, through tldts)", () => {
  it("refuses a public suffix with a field error in the caller's language, and writes nothing", async () => {
    const org = await createOrgWithRoles();
    const admin = actorOf(org.users.ORG_ADMIN);
    expect(await addDomain.call(admin, org.organization.slug, { domain: "co.uk" })).toEqual({
      ok: false,
      code: "INVALID",
      fieldErrors: {
        domain: [
          "co.uk is shared by many owners (a public suffix): enter your organization's own domain under it, such as yourcompany.co.uk.",
        ],
      },
    });
    expect(await addDomain.call(admin, org.organization.slug, { domain: "https://github.io/" }, { locale: "fr" })).toEqual({
      ok: false,
      code: "INVALID",
      fieldErrors: {
        domain: [
          "github.io est partagé par de nombreux propriétaires (un suffixe public) : saisissez le domaine propre à votre organisation, par exemple votre-entreprise.github.io.",
        ],
      },
    });
    for (const domain of ["blogspot.com", "com.au", "s3.amazonaws.com", "gov.uk"]) {
      expect(await addDomain.call(admin, org.organization.slug, { domain })).toMatchObject({ ok: false, code: "INVALID" });
    }
    expect(await rowsOf(org.organization.id)).toEqual([]);
    expect(await auditCount(org.organization.id)).toBe(0);
  });

  it("accepts a registrable domain under a public or private suffix (acme.co.uk, acme.github.io)", async () => {
    const org = await createOrgWithRoles();
    const id = uid();
    for (const domain of [`acme-${id}.co.uk`, `acme-${id}.github.io`, `blog-${id}.blogspot.com`, `www.acme-${id}.co.uk`]) {
      expect(await addDomain.call(actorOf(org.users.ORG_ADMIN), org.organization.slug, { domain })).toMatchObject({
        ok: true,
        data: { domain },
      });
    }
  });

  it("a public suffix verified before they were refused cannot be verified again, blocks nobody and covers no address", async () => {
    const a = await createOrgWithRoles();
    const b = await createOrgWithRoles();
    const legacy = await db.verifiedDomain.create({
      data: { organizationId: a.organization.id, domain: "co.uk", token: "legacy", status: "VERIFIED", verifiedAt: new Date() },
    });
    const pending = await db.verifiedDomain.create({ data: { organizationId: a.organization.id, domain: "github.io", token: "legacy2" } });
    expect(await verifyDomain.call(actorOf(a.users.ORG_ADMIN), a.organization.slug, { domainId: pending.id })).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    expect(await findVerifiedDomainForEmail(db, a.organization.id, `alice@acme-${uid()}.co.uk`)).toBeNull();
    expect(await addVerified(b, `acme-${uid()}.co.uk`)).toMatchObject({ domain: expect.stringMatching(/\.co\.uk$/) });
    await db.verifiedDomain.delete({ where: { id: legacy.id } });
  });
});

describe("verify a domain", () => {
  it("a TXT record with the token → VERIFIED, with verifiedAt, lastCheckedAt and an audit event", async () => {
    const org = await createOrgWithRoles();
    const added = await add(org, uniqueDomain());
    const dns = fakeDns({ [added.domain]: ["v=spf1 include:_spf.example -all", added.record.value] });
    const before = Date.now();
    const result = await verifyDomain.call(actorOf(org.users.ORG_ADMIN), org.organization.slug, { domainId: added.id });
    expect(result).toEqual({
      ok: true,
      data: { id: added.id, domain: added.domain, status: "VERIFIED", reason: null, message: `${added.domain} is verified.` },
    });
    expect(dns.calls).toEqual([added.domain]);
    const row = await db.verifiedDomain.findUniqueOrThrow({ where: { id: added.id } });
    expect(row).toMatchObject({ status: "VERIFIED", lastError: null });
    expect(row.verifiedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(row.lastCheckedAt).toEqual(row.verifiedAt);
    expect(
      await db.auditEvent.findMany({ where: { organizationId: org.organization.id, action: { startsWith: "domain.verif" } } }),
    ).toMatchObject([
      { action: "domain.verified", targetId: added.id, actorUserId: org.users.ORG_ADMIN.id, metadata: { domain: added.domain } },
    ]);

    // Verifying again is a no-op that needs no lookup.
    const again = await verifyDomain.call(actorOf(org.users.ORG_ADMIN), org.organization.slug, { domainId: added.id });
    expect(again).toMatchObject({ ok: true, data: { status: "VERIFIED" } });
    expect(dns.calls).toHaveLength(1);
  });

  it("no record, or another value → FAILED with the reason stored and explained; a later success clears it", async () => {
    const org = await createOrgWithRoles();
    const admin = actorOf(org.users.ORG_ADMIN);
    const added = await add(org, uniqueDomain());

    fakeDns({ [added.domain]: ["v=spf1 -all"] });
    const none = await verifyDomain.call(admin, org.organization.slug, { domainId: added.id });
    expect(none).toMatchObject({ ok: true, data: { status: "FAILED", reason: "noRecord" } });
    expect(none.ok && none.data.message).toBe(
      `${added.domain} could not be verified: No roster-verification TXT record was found on the domain yet. DNS changes can take a while: try again later.`,
    );
    expect(await db.verifiedDomain.findUniqueOrThrow({ where: { id: added.id } })).toMatchObject({
      status: "FAILED",
      lastError: "domains.check.noRecord",
      verifiedAt: null,
    });

    fakeDns({ [added.domain]: ["roster-verification=somethingElse"] });
    const mismatch = await verifyDomain.call(admin, org.organization.slug, { domainId: added.id }, { locale: "fr" });
    expect(mismatch).toMatchObject({ ok: true, data: { status: "FAILED", reason: "mismatch" } });
    expect(mismatch.ok && mismatch.data.message).toBe(
      `${added.domain} n’a pas pu être vérifié\u202F: Un enregistrement TXT roster-verification a été trouvé, mais sa valeur ne correspond pas à celle indiquée ici.`,
    );
    const failed = await db.verifiedDomain.findUniqueOrThrow({ where: { id: added.id } });
    expect(failed).toMatchObject({ status: "FAILED", lastError: "domains.check.mismatch" });
    expect(failed.lastCheckedAt).not.toBeNull();

    fakeDns({ [added.domain]: [added.record.value] });
    expect(await verifyDomain.call(admin, org.organization.slug, { domainId: added.id })).toMatchObject({
      ok: true,
      data: { status: "VERIFIED" },
    });
    expect(await db.verifiedDomain.findUniqueOrThrow({ where: { id: added.id } })).toMatchObject({ status: "VERIFIED", lastError: null });
    const actions = (await db.auditEvent.findMany({ where: { targetId: added.id }, orderBy: { createdAt: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["domain.added", "domain.verificationFailed", "domain.verificationFailed", "domain.verified"]);
  });

  it("DNS errors (no such domain, no data, timeout, anything else) → FAILED with a short reason", async () => {
    const org = await createOrgWithRoles();
    const admin = actorOf(org.users.ORG_ADMIN);
    const cases: [string[] | { error: string } | null | "throw", string][] = [
      [null, "notFound"],
      [{ error: "ENODATA" }, "noRecord"],
      [{ error: "ETIMEOUT" }, "timeout"],
      [{ error: "ESERVFAIL" }, "dnsError"],
      ["throw", "dnsError"],
    ];
    for (const [entry, reason] of cases) {
      const added = await add(org, uniqueDomain());
      if (entry === "throw")
        setTxtResolver(async () => {
          throw new Error("socket hang up");
        });
      else fakeDns(entry ? { [added.domain]: entry } : {});
      const result = await verifyDomain.call(admin, org.organization.slug, { domainId: added.id });
      expect(result).toMatchObject({ ok: true, data: { status: "FAILED", reason } });
      expect(JSON.stringify(result)).not.toContain("socket hang up");
      expect(await db.verifiedDomain.findUniqueOrThrow({ where: { id: added.id } })).toMatchObject({
        status: "FAILED",
        lastError: `domains.check.${reason}`,
      });
    }
  });

  it("refuses when another organization verified the same domain meanwhile", async () => {
    const a = await createOrgWithRoles("Alpha");
    const b = await createOrgWithRoles("Beta");
    const domain = uniqueDomain("contested");
    const inA = await add(a, domain);
    const inB = await add(b, domain);
    fakeDns({ [domain]: [inA.record.value, inB.record.value] });
    expect(await verifyDomain.call(actorOf(b.users.ORG_ADMIN), b.organization.slug, { domainId: inB.id })).toMatchObject({
      ok: true,
      data: { status: "VERIFIED" },
    });
    const refused = await verifyDomain.call(actorOf(a.users.ORG_ADMIN), a.organization.slug, { domainId: inA.id });
    expect(refused).toMatchObject({
      ok: true,
      data: {
        status: "FAILED",
        reason: "claimedElsewhere",
        message: `${domain} could not be verified: This domain, or a domain it belongs to, was verified by another organization in the meantime.`,
      },
    });
    expect(JSON.stringify(refused)).not.toContain(b.organization.slug);
    expect(await db.verifiedDomain.findUniqueOrThrow({ where: { id: inA.id } })).toMatchObject({
      status: "FAILED",
      lastError: "domains.check.claimedElsewhere",
      verifiedAt: null,
    });
    expect(await db.verifiedDomain.count({ where: { domain, status: "VERIFIED" } })).toBe(1);
  });

  it("parent verified first: another organization's subdomain is refused; every address has one organization", async () => {
    const a = await createOrgWithRoles("Alpha");
    const b = await createOrgWithRoles("Beta");
    const parent = uniqueDomain("family");
    const child = `eu.${parent}`;
    // Both added while neither is verified.
    const won = await add(a, parent);
    const lost = await add(b, child);
    fakeDns({ [parent]: [won.record.value], [child]: [lost.record.value] });
    expect(await verifyDomain.call(actorOf(a.users.ORG_ADMIN), a.organization.slug, { domainId: won.id })).toMatchObject({
      ok: true,
      data: { status: "VERIFIED" },
    });
    const refused = await verifyDomain.call(actorOf(b.users.ORG_ADMIN), b.organization.slug, { domainId: lost.id });
    expect(refused).toMatchObject({ ok: true, data: { status: "FAILED", reason: "claimedElsewhere" } });
    expect(JSON.stringify(refused)).not.toContain(a.organization.slug);
    expect(await db.verifiedDomain.findUniqueOrThrow({ where: { id: lost.id } })).toMatchObject({
      status: "FAILED",
      lastError: "domains.check.claimedElsewhere",
      verifiedAt: null,
    });
    for (const email of [`alice@${child}`, `bob@${parent}`]) {
      expect(await findVerifiedDomainForEmail(db, a.organization.id, email)).toMatchObject({ id: won.id });
      expect(await findVerifiedDomainForEmail(db, b.organization.id, email)).toBeNull();
    }
  });

  it("subdomain verified first: the parent's owner verifies the parent too, and an address belongs to the most specific domain", async () => {
    const a = await createOrgWithRoles("Alpha");
    const b = await createOrgWithRoles("Beta");
    const parent = uniqueDomain("family");
    const child = `eu.${parent}`;
    const sub = await addVerified(b, child);
    const top = await addVerified(a, parent);
    const owner = async (email: string) => {
      const [inA, inB] = await Promise.all([a, b].map((org) => findVerifiedDomainForEmail(db, org.organization.id, email)));
      expect([inA, inB].filter(Boolean)).toHaveLength(1);
      return inA ? { org: "a", id: inA.id } : { org: "b", id: inB!.id };
    };
    expect(await owner(`alice@${child}`)).toEqual({ org: "b", id: sub.id });
    expect(await owner(`alice@x.${child}`)).toEqual({ org: "b", id: sub.id });
    expect(await owner(`bob@${parent}`)).toEqual({ org: "a", id: top.id });
    expect(await owner(`carol@us.${parent}`)).toEqual({ org: "a", id: top.id });
    expect(await db.verifiedDomain.count({ where: { domain: { in: [parent, child] }, status: "VERIFIED" } })).toBe(2);
  });

  it("a parent, a subdomain and its subdomain verified by three organizations at once: a name is never verified under another organization's verified parent", async () => {
    for (let round = 0; round < 3; round++) {
      const orgs = await Promise.all([createOrgWithRoles("Parent"), createOrgWithRoles("Child"), createOrgWithRoles("Grandchild")]);
      const parent = uniqueDomain("family-race");
      const names = [parent, `eu.${parent}`, `x.eu.${parent}`];
      const added = await Promise.all(orgs.map((org, i) => add(org, names[i])));
      fakeDns(Object.fromEntries(added.map((d) => [d.domain, [d.record.value]])));
      const results = await Promise.all(
        orgs.map((org, i) => verifyDomain.call(actorOf(org.users.ORG_ADMIN), org.organization.slug, { domainId: added[i].id })),
      );
      expect(results.every((r) => r.ok)).toBe(true);
      const rows = await db.verifiedDomain.findMany({ where: { domain: { in: names }, status: "VERIFIED" } });
      expect(rows.length).toBeGreaterThanOrEqual(1);
      // Whenever both a name and one of its parents are VERIFIED, the name was verified first.
      for (const child of rows) {
        for (const ancestor of rows.filter((row) => child.domain.endsWith(`.${row.domain}`))) {
          expect(child.verifiedAt!.getTime()).toBeLessThanOrEqual(ancestor.verifiedAt!.getTime());
        }
      }
      // Each address still belongs to exactly one organization.
      for (const name of names) {
        const owners = await Promise.all(orgs.map((org) => findVerifiedDomainForEmail(db, org.organization.id, `someone@${name}`)));
        expect(owners.filter(Boolean)).toHaveLength(1);
      }
    }
  });

  it("two organizations verifying the same domain at once: exactly one wins", async () => {
    const orgs = await Promise.all([createOrgWithRoles("One"), createOrgWithRoles("Two"), createOrgWithRoles("Three")]);
    const domain = uniqueDomain("race");
    const added: Awaited<ReturnType<typeof add>>[] = [];
    for (const org of orgs) added.push(await add(org, domain));
    fakeDns({ [domain]: added.map((d) => d.record.value) });
    const results = await Promise.all(
      orgs.map((org, i) => verifyDomain.call(actorOf(org.users.ORG_ADMIN), org.organization.slug, { domainId: added[i].id })),
    );
    const statuses = results.map((r) => (r.ok ? r.data.status : r.code));
    expect(statuses.filter((s) => s === "VERIFIED")).toHaveLength(1);
    expect(statuses.filter((s) => s === "FAILED")).toHaveLength(2);
    expect(await db.verifiedDomain.count({ where: { domain, status: "VERIFIED" } })).toBe(1);
  });

  it("refuses a missing id with a field error", async () => {
    const org = await createOrgWithRoles();
    expect(await verifyDomain.call(actorOf(org.users.ORG_ADMIN), org.organization.slug, {})).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { domainId: ["This field is required."] },
    });
  });
});

describe("remove a domain", () => {
  it("deletes it with an audit event; removing it again is not found", async () => {
    const org = await createOrgWithRoles();
    const admin = actorOf(org.users.ORG_ADMIN);
    const verified = await addVerified(org, uniqueDomain());
    const kept = await add(org, uniqueDomain());
    const result = await removeDomain.call(admin, org.organization.slug, { domainId: verified.id });
    expect(result).toEqual({ ok: true, data: { id: verified.id, domain: verified.domain } });
    expect((await rowsOf(org.organization.id)).map((r) => r.id)).toEqual([kept.id]);
    expect(await db.auditEvent.findFirst({ where: { organizationId: org.organization.id, action: "domain.removed" } })).toMatchObject({
      targetId: verified.id,
      actorUserId: org.users.ORG_ADMIN.id,
      metadata: { domain: verified.domain, status: "VERIFIED" },
    });
    expect(await removeDomain.call(admin, org.organization.slug, { domainId: verified.id })).toEqual({
      ok: false,
      code: "NOT_FOUND",
      formError: "This domain is not on your list; it may have been removed.",
    });
    // Once removed, another organization may verify it.
    const other = await createOrgWithRoles();
    expect(await addDomain.call(actorOf(other.users.ORG_ADMIN), other.organization.slug, { domain: verified.domain })).toMatchObject({
      ok: true,
    });
  });
});

describe("findVerifiedDomainForEmail", () => {
  it("matches the email's domain exactly or as a subdomain of a VERIFIED domain of this organization only", async () => {
    const a = await createOrgWithRoles();
    const b = await createOrgWithRoles();
    const id = uid();
    const acme = await addVerified(a, `acme-${id}.example`);
    const pending = await add(a, `pending-${id}.example`);
    await addVerified(b, `beta-${id}.example`);
    const find = (email: string, organizationId = a.organization.id) => findVerifiedDomainForEmail(db, organizationId, email);

    expect(await find(`alice@acme-${id}.example`)).toMatchObject({ id: acme.id, domain: acme.domain, status: "VERIFIED" });
    expect(await find(`  Alice@ACME-${id}.Example `)).toMatchObject({ id: acme.id });
    expect(await find(`bob@eu.sales.acme-${id}.example`)).toMatchObject({ id: acme.id });
    expect(await find(`carol@notacme-${id}.example`)).toBeNull();
    expect(await find(`dave@pending-${id}.example`)).toBeNull();
    expect(await find(`erin@beta-${id}.example`)).toBeNull();
    expect(await find(`erin@beta-${id}.example`, b.organization.id)).toMatchObject({ domain: `beta-${id}.example` });
    expect(await find("not-an-email")).toBeNull();
    expect(await find("x@example")).toBeNull();
    expect(pending.domain).toBe(`pending-${id}.example`);

    // The most specific verified domain wins; works inside a transaction too.
    const eu = await addVerified(a, `eu.acme-${id}.example`);
    expect(await db.$transaction((tx) => findVerifiedDomainForEmail(tx, a.organization.id, `f@eu.acme-${id}.example`))).toMatchObject({
      id: eu.id,
    });
    expect(await verifiedDomainNames(db, a.organization.id)).toEqual([`acme-${id}.example`, `eu.acme-${id}.example`]);
  });
});

describe("authorization: every domains action, called directly", () => {
  type Call = (
    actor: Parameters<typeof addDomain.call>[0],
    slug: string,
    target: { domain: string; id: string },
  ) => ReturnType<typeof addDomain.call> | ReturnType<typeof verifyDomain.call> | ReturnType<typeof removeDomain.call>;
  const actions: [string, Call][] = [
    ["addDomain", (actor, slug) => addDomain.call(actor, slug, { domain: uniqueDomain("new") })],
    ["verifyDomain", (actor, slug, target) => verifyDomain.call(actor, slug, { domainId: target.id })],
    ["removeDomain", (actor, slug, target) => removeDomain.call(actor, slug, { domainId: target.id })],
  ];

  it("refuses BILLING_ADMIN, USER_ADMIN and MEMBER (FORBIDDEN), another organization's admin (NOT_FOUND) and a signed-out caller (UNAUTHENTICATED), writing nothing", async () => {
    const org = await createOrgWithRoles();
    const outsider = await createOrgWithRoles();
    const stranger = await createUser();
    const target = await add(org, uniqueDomain());
    const dns = fakeDns({ [target.domain]: [target.record.value] });
    const callers = [
      ["BILLING_ADMIN", actorOf(org.users.BILLING_ADMIN), "FORBIDDEN"],
      ["USER_ADMIN", actorOf(org.users.USER_ADMIN), "FORBIDDEN"],
      ["MEMBER", actorOf(org.users.MEMBER), "FORBIDDEN"],
      ["admin of another organization", actorOf(outsider.users.ORG_ADMIN), "NOT_FOUND"],
      ["user of no organization", actorOf(stranger), "NOT_FOUND"],
      ["signed out", null, "UNAUTHENTICATED"],
    ] as const;
    const rowsBefore = await rowsOf(org.organization.id);
    const auditBefore = await db.auditEvent.count();
    for (const [action, call] of actions) {
      for (const [who, actor, code] of callers) {
        const result = await call(actor, org.organization.slug, target);
        expect({ action, who, result }).toMatchObject({ action, who, result: { ok: false, code } });
      }
    }
    expect(await rowsOf(org.organization.id)).toEqual(rowsBefore);
    expect(await db.auditEvent.count()).toBe(auditBefore);
    expect(dns.calls).toEqual([]);
    expect(
      await db.verifiedDomain.count({
        where: { organizationId: { in: [org.organization.id, outsider.organization.id] }, domain: { startsWith: "new-" } },
      }),
    ).toBe(0);
  });

  it("a domain id of another organization is not found through one's own organization, and nothing changes", async () => {
    const a = await createOrgWithRoles();
    const b = await createOrgWithRoles();
    const foreign = await add(b, uniqueDomain());
    const dns = fakeDns({ [foreign.domain]: [foreign.record.value] });
    const before = await rowsOf(b.organization.id);
    const auditBefore = await db.auditEvent.count();
    const admin = actorOf(a.users.ORG_ADMIN);
    for (const result of [
      await verifyDomain.call(admin, a.organization.slug, { domainId: foreign.id }),
      await removeDomain.call(admin, a.organization.slug, { domainId: foreign.id }),
    ]) {
      expect(result).toEqual({ ok: false, code: "NOT_FOUND", formError: "This domain is not on your list; it may have been removed." });
    }
    expect(await rowsOf(b.organization.id)).toEqual(before);
    expect(await db.auditEvent.count()).toBe(auditBefore);
    expect(dns.calls).toEqual([]);
  });

  it("a cancelled (read-only) organization's admin can change nothing", async () => {
    const org = await createOrgWithRoles();
    const target = await add(org, uniqueDomain());
    await db.organization.update({
      where: { id: org.organization.id },
      data: { subscriptionStatus: "CANCELLED", cancelledAt: new Date(), deletionScheduledAt: new Date(Date.now() + 90 * 86_400_000) },
    });
    const before = await rowsOf(org.organization.id);
    for (const [, call] of actions) {
      expect(await call(actorOf(org.users.ORG_ADMIN), org.organization.slug, target)).toMatchObject({ ok: false, code: "READ_ONLY" });
    }
    expect(await rowsOf(org.organization.id)).toEqual(before);
  });
});
