// Which of an organization's VERIFIED domains covers an email address: its domain
// exactly, or a parent of it (a verified example.com covers alice@eu.example.com,
// since publishing its TXT record proves control of the whole zone).
import type { Tx } from "@/lib/db/prisma";
import type { VerifiedDomain } from "@/lib/db/generated/client";
import { domainAndParents, emailDomain } from "./normalize-domain";

type Client = Pick<Tx, "verifiedDomain">;

/** The most specific VERIFIED domain of the organization covering the email's domain, or null. */
export async function findVerifiedDomainForEmail(client: Client, organizationId: string, email: string): Promise<VerifiedDomain | null> {
  const domain = emailDomain(email);
  if (!domain) return null;
  const candidates = domainAndParents(domain);
  const rows = await client.verifiedDomain.findMany({ where: { organizationId, status: "VERIFIED", domain: { in: candidates } } });
  return rows.sort((a, b) => b.domain.length - a.domain.length)[0] ?? null;
}

/** The organization's VERIFIED domain names, alphabetically (e.g. for "For people on your verified domains (…)"). */
export async function verifiedDomainNames(client: Client, organizationId: string): Promise<string[]> {
  const rows = await client.verifiedDomain.findMany({ where: { organizationId, status: "VERIFIED" }, select: { domain: true }, orderBy: { domain: "asc" } });
  return rows.map((row) => row.domain);
}
