import { db, type Tx } from "@/lib/db/prisma";
import type { OrgAccess } from "@/lib/auth/access";
import { inOrg } from "@/lib/auth/tenant";
import type { DomainStatus } from "@/lib/db/generated/enums";
import { verificationRecord } from "./schemas";

export type DomainListItem = {
  id: string;
  domain: string;
  status: DomainStatus;
  verifiedAt: Date | null;
  lastCheckedAt: Date | null;
  /** A message key (domains.check.*) for checks made by the app; older rows may hold plain text. */
  lastError: string | null;
  createdAt: Date;
  record: ReturnType<typeof verificationRecord>;
};

/** The organization's domains, oldest first (the caller has checked "domains.manage"). */
export async function listDomains(
  access: Pick<OrgAccess, "organization">,
  client: Pick<Tx, "verifiedDomain"> = db,
): Promise<DomainListItem[]> {
  const rows = await client.verifiedDomain.findMany({
    where: inOrg(access, {}),
    orderBy: [{ createdAt: "asc" }, { domain: "asc" }],
    select: { id: true, domain: true, token: true, status: true, verifiedAt: true, lastCheckedAt: true, lastError: true, createdAt: true },
  });
  return rows.map(({ token, ...row }) => ({ ...row, record: verificationRecord(row.domain, token) }));
}
