// Which of an organization's VERIFIED domains covers an email address: its domain
// exactly, or a parent of it (a verified example.com covers alice@eu.example.com, since
// publishing its TXT record proves control of the whole zone), unless another
// organization verified a more specific one (eu.example.com): the most specific verified
// domain, whoever verified it, decides which organization an address belongs to.
import type { Tx } from "@/lib/db/prisma";
import type { VerifiedDomain } from "@/lib/db/generated/client";
import { coveringDomains, emailDomain } from "./normalize-domain";

type Client = Pick<Tx, "verifiedDomain">;

/**
 * The organization's VERIFIED domain covering the email's domain, when it is the most
 * specific verified one of any organization; else null. Public suffixes verified before
 * they were refused cover nothing. (Reads other organizations' rows only to compare.)
 */
export async function findVerifiedDomainForEmail(client: Client, organizationId: string, email: string): Promise<VerifiedDomain | null> {
  const domain = emailDomain(email);
  if (!domain) return null;
  const candidates = coveringDomains(domain);
  if (candidates.length === 0) return null;
  const rows = await client.verifiedDomain.findMany({ where: { status: "VERIFIED", domain: { in: candidates } } });
  // Longest name first; on a tie (two organizations verified one name before that was refused), ours.
  const mostSpecific = rows.sort(
    (a, b) =>
      b.domain.length - a.domain.length || Number(b.organizationId === organizationId) - Number(a.organizationId === organizationId),
  )[0];
  return mostSpecific?.organizationId === organizationId ? mostSpecific : null;
}

/** The organization's VERIFIED domain names, alphabetically (e.g. for "For people on your verified domains (…)"). */
export async function verifiedDomainNames(client: Client, organizationId: string): Promise<string[]> {
  const rows = await client.verifiedDomain.findMany({
    where: { organizationId, status: "VERIFIED" },
    select: { domain: true },
    orderBy: { domain: "asc" },
  });
  return rows.map((row) => row.domain);
}
