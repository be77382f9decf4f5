// Every GET of REST API v1 answers what the OpenAPI document says: each real answer, from
// records with every optional part filled in (a pending user's invitation, workspaces, order
// roles, licenses with assignees, a paid invoice, billing details), parses with the schema the
// document is generated from (the handler's EndpointMeta.response), and parsing drops nothing:
// no field is left undocumented.
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { db } from "@/lib/db/prisma";
import { OPERATIONS } from "@/lib/api/v1/operations";
import { inviteUser } from "@/lib/users/invite-user";
import { inviteContactByEmail } from "@/lib/invitations/invite-contact-by-email";
import { actorOf, uid } from "../support/factories";
import { createBillingWorld } from "../support/billing-factories";
import { assign, createMember, createWorkspaceRow } from "../support/user-factories";
import { callApi, newKey } from "../support/api-client";

let world: Awaited<ReturnType<typeof createBillingWorld>>;
let keys: Record<"ORG_ADMIN" | "USER_ADMIN" | "BILLING_ADMIN", string>;
const slug = () => world.organization.slug;
const orgId = () => world.organization.id;

beforeAll(async () => {
  world = await createBillingWorld("Responses");
  const admin = world.users.ORG_ADMIN.id;
  keys = {
    ORG_ADMIN: await newKey(slug(), admin, "ORG_ADMIN"),
    USER_ADMIN: await newKey(slug(), admin, "USER_ADMIN"),
    BILLING_ADMIN: await newKey(slug(), admin, "BILLING_ADMIN"),
  };
  const invited = await inviteUser.call(actorOf(world.users.ORG_ADMIN), slug(), {
    email: `pending-${uid()}@example.test`,
    role: "MEMBER",
    language: "en",
  });
  if (!invited.ok) throw new Error(JSON.stringify(invited));
  const member = await createMember(orgId(), "MEMBER", "ACTIVE", { name: "Ada Member" });
  await db.membership.update({ where: { id: member.membership.id }, data: { lastActiveAt: new Date() } });
  await assign(orgId(), (await createWorkspaceRow(orgId(), "Support")).id, member.membership.id);
  const sent = await inviteContactByEmail.call(actorOf(world.users.ORG_ADMIN), slug(), {
    email: `invitee-${uid()}@example.test`,
    roles: ["NEW_QUOTES"],
    language: "fr",
  });
  if (!sent.ok) throw new Error(JSON.stringify(sent));
  const [license] = world.orderA.licenseIds;
  await db.license.update({ where: { id: license }, data: { validUntil: new Date(Date.now() + 365 * 86_400_000) } });
  await db.licenseAssignment.create({ data: { organizationId: orgId(), licenseId: license, email: `seat-${uid()}@example.test` } });
  await db.invoice.update({ where: { id: world.orderB.invoiceId }, data: { status: "PAID", paidAt: new Date() } });
  await db.organization.update({ where: { id: orgId() }, data: { legalName: "Responses SAS", city: "Lyon", country: "FR" } });
});

/** The path's ids for each GET, from the records made above. */
function paramsOf(path: string): Record<string, string> {
  const ids: Record<string, string> = {
    slug: slug(),
    contactId: world.licenseeOfA.contact.id,
    orderId: world.orderA.orderId,
    invoiceId: world.orderB.invoiceId,
  };
  return Object.fromEntries([...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name, ids[name]]));
}

const GETS = OPERATIONS.filter((operation) => operation.method === "get");

describe("each GET answers its documented schema", () => {
  it("covers every GET of the document", () => {
    expect(GETS.map((operation) => operation.path).sort()).toEqual([
      "/orgs/{slug}/contacts",
      "/orgs/{slug}/contacts/{contactId}",
      "/orgs/{slug}/invitations",
      "/orgs/{slug}/invoices",
      "/orgs/{slug}/invoices/{invoiceId}",
      "/orgs/{slug}/orders",
      "/orgs/{slug}/orders/{orderId}",
      "/orgs/{slug}/users",
      "/orgs/{slug}/workspaces",
    ]);
  });

  // An org admin sees every optional part; a user admin (billing view-only) and a billing
  // admin get the same shapes, with `payable`, licenses and invoices decided for their role.
  for (const role of ["ORG_ADMIN", "USER_ADMIN", "BILLING_ADMIN"] as const) {
    it.each(GETS.map((operation) => [operation.path, operation] as const))(`%s (${role})`, async (path, operation) => {
      if (operation.handler.meta.kind !== "read") throw new Error("a GET is a read");
      const params = paramsOf(path);
      const response = await callApi(operation.handler, {
        path: path.replace(/^\/orgs\/\{slug\}/, "").replace(/\{(\w+)\}/g, (_, name: string) => params[name]),
        params,
        key: keys[role],
      });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      const schema: z.ZodType = operation.handler.meta.response;
      const parsed = schema.safeParse(response.body);
      expect(parsed.error?.issues ?? [], path).toEqual([]);
      // Parsing keeps only documented fields: equal means the answer has none other.
      expect(parsed.data).toEqual(response.body);
      if (role === "ORG_ADMIN") expectFilled(path, response.body);
      // SPEC §2: a user admin sees orders and invoices, view only (as on the pages: the same loaders).
      if (role === "USER_ADMIN" && path.includes("/invoices")) {
        const rows = "data" in response.body ? response.body.data : [response.body];
        expect(rows.length).toBeGreaterThan(0);
        expect(rows.map((row: { payable: boolean }) => row.payable)).not.toContain(true);
      }
    });
  }
});

/** The records above fill the optional parts, so the schemas were checked on them, not on nulls. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads whatever JSON the API answered
function expectFilled(path: string, body: any) {
  if (path.endsWith("/users")) {
    expect(body.data.some((row: { invitation: unknown }) => row.invitation)).toBe(true);
    const active = body.data.filter(
      (row: { lastActiveAt: unknown; workspaceNames: string[] }) => row.lastActiveAt && row.workspaceNames.length,
    );
    expect(active.length).toBeGreaterThan(0);
  }
  if (path.endsWith("/contacts")) expect(body.data.some((row: { orders: unknown[] }) => row.orders.length)).toBe(true);
  if (path.endsWith("/invitations")) expect(body.data[0].createdBy).not.toBeNull();
  if (path.endsWith("{orderId}")) {
    expect(body.licenses[0].assignees.length).toBe(1);
    expect(body.licenses[0].validUntil).toEqual(expect.any(String));
    expect(body.invoice).not.toBeNull();
  }
  if (path.endsWith("/invoices")) expect(body.data.some((row: { paidAt: unknown }) => row.paidAt)).toBe(true);
  if (path.endsWith("{invoiceId}")) expect([body.paidAt, body.organization.legalName]).toEqual([expect.any(String), "Responses SAS"]);
}
