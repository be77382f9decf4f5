import { db } from "@/lib/db/prisma";

/** Organizations the user belongs to (active membership) or reaches as an active contact. */
export async function listUserOrganizations(userId: string) {
  return db.organization.findMany({
    where: { OR: [{ memberships: { some: { userId, status: "ACTIVE" } } }, { contacts: { some: { userId, status: "ACTIVE" } } }] },
    select: { id: true, name: true, slug: true, subscriptionStatus: true, memberships: { where: { userId }, select: { role: true }, take: 1 } },
    orderBy: { name: "asc" },
    take: 200,
  });
}
