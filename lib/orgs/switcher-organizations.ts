// The header's organization switcher: the organizations the signed-in user may open (the
// guard's own rule, lib/auth/access-rule.ts, through listUserOrganizations), loaded when the
// switcher is opened rather than with every page, so an organization page keeps its
// statement budget (at most 4 SQL statements per page view).
import { defineUserAction } from "@/lib/actions/define-action";
import { z } from "zod";
import type { OrgRole } from "@/lib/db/generated/enums";
import { listUserOrganizations } from "./list-user-organizations";

export type SwitcherOrganization = { slug: string; name: string; role: OrgRole | null };

export const listSwitcherOrganizations = defineUserAction({
  schema: z.object({}),
  async run({ actor }): Promise<SwitcherOrganization[]> {
    const organizations = await listUserOrganizations(actor.userId);
    return organizations.map((org) => ({ slug: org.slug, name: org.name, role: org.memberships[0]?.role ?? null }));
  },
});
