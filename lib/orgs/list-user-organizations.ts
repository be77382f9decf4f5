import { db } from "@/lib/db/prisma";
import { ACCESS_CONTACT_ROLES } from "@/lib/auth/capabilities";

/**
 * Organizations the user belongs to (active membership) or reaches as an active
 * contact whose roles give access (the same rule as contactGrantsAccess).
 */
export async function listUserOrganizations(userId: string) {
  return db.organization.findMany({
    where: {
      OR: [
        { memberships: { some: { userId, status: "ACTIVE" } } },
        {
          contacts: {
            some: {
              userId,
              status: "ACTIVE",
              OR: [{ roles: { some: { role: { in: [...ACCESS_CONTACT_ROLES] } } } }, { ordersLicensee: { some: {} } }, { ordersBilling: { some: {} } }],
            },
          },
        },
      ],
    },
    select: { id: true, name: true, slug: true, subscriptionStatus: true, memberships: { where: { userId }, select: { role: true }, take: 1 } },
    orderBy: { name: "asc" },
    take: 200,
  });
}
