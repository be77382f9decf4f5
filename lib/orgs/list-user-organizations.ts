import { db } from "@/lib/db/prisma";
import { organizationsOpenTo } from "@/lib/auth/access-rule";

/** Organizations the user may open (the guard's own rule), with their role where they are a member. */
export async function listUserOrganizations(userId: string) {
  return db.organization.findMany({
    where: organizationsOpenTo(userId),
    select: {
      id: true,
      name: true,
      slug: true,
      subscriptionStatus: true,
      memberships: { where: { userId, status: "ACTIVE" }, select: { role: true }, take: 1 },
    },
    orderBy: { name: "asc" },
    take: 200,
  });
}
