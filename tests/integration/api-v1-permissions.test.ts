// SPEC §2 again, through the REST API: each endpoint called over HTTP (the route handlers, no
// server) with a key of each organization role, a key of another organization, a revoked and
// an expired key and none. The outcomes are the pages' (tests/integration/users-permissions
// .test.ts): allowed → 2xx, refused → the same code as a problem document, with the database
// as before (the key's own last use and request count aside).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import type { OrgRole } from "@/lib/db/generated/enums";
import { httpStatusOf, type ErrorCode } from "@/lib/errors/app-error";
import { inviteUser } from "@/lib/users/invite-user";
import * as users from "@/app/api/v1/orgs/[slug]/users/route";
import * as user from "@/app/api/v1/orgs/[slug]/users/[membershipId]/route";
import * as userWorkspaces from "@/app/api/v1/orgs/[slug]/users/[membershipId]/workspaces/route";
import * as userInvitation from "@/app/api/v1/orgs/[slug]/users/[membershipId]/invitation/route";
import * as userInvitationResend from "@/app/api/v1/orgs/[slug]/users/[membershipId]/invitation/resend/route";
import * as workspaces from "@/app/api/v1/orgs/[slug]/workspaces/route";
import * as invitations from "@/app/api/v1/orgs/[slug]/invitations/route";
import * as invitation from "@/app/api/v1/orgs/[slug]/invitations/[invitationId]/route";
import * as invitationResend from "@/app/api/v1/orgs/[slug]/invitations/[invitationId]/resend/route";
import * as contacts from "@/app/api/v1/orgs/[slug]/contacts/route";
import * as contact from "@/app/api/v1/orgs/[slug]/contacts/[contactId]/route";
import * as contactDisable from "@/app/api/v1/orgs/[slug]/contacts/[contactId]/disable/route";
import * as contactEnable from "@/app/api/v1/orgs/[slug]/contacts/[contactId]/enable/route";
import * as contactReassign from "@/app/api/v1/orgs/[slug]/contacts/[contactId]/disable-and-reassign/route";
import { inviteContactByEmail } from "@/lib/invitations/invite-contact-by-email";
import * as orders from "@/app/api/v1/orgs/[slug]/orders/route";
import * as order from "@/app/api/v1/orgs/[slug]/orders/[orderId]/route";
import * as invoices from "@/app/api/v1/orgs/[slug]/invoices/route";
import * as invoice from "@/app/api/v1/orgs/[slug]/invoices/[invoiceId]/route";
import { actorOf, createContact, createOrder, createOrgWithRoles, uid } from "../support/factories";
import { createMember, createWorkspaceRow, usersSnapshot } from "../support/user-factories";
import { callApi, newKey, type ApiCall } from "../support/api-client";

const CALLERS = ["ORG_ADMIN", "BILLING_ADMIN", "USER_ADMIN", "MEMBER", "OTHER_ORG", "REVOKED", "EXPIRED", "NO_KEY", "MALFORMED"] as const;
type Caller = (typeof CALLERS)[number];
type Outcome = "ok" | ErrorCode;
/** The pages' outcomes for the four roles; the other callers follow from them. */
type RoleOutcomes = [Outcome, Outcome, Outcome, Outcome];

let org: Awaited<ReturnType<typeof createOrgWithRoles>>;
let keys: Record<Caller, string | null>;
let orderId: string;
let invoiceId: string;
const slug = () => org.organization.slug;
const orgId = () => org.organization.id;

beforeAll(async () => {
  org = await createOrgWithRoles("Api");
  const other = await createOrgWithRoles("Other");
  const admin = org.users.ORG_ADMIN.id;
  keys = {
    ORG_ADMIN: await newKey(slug(), admin, "ORG_ADMIN"),
    BILLING_ADMIN: await newKey(slug(), admin, "BILLING_ADMIN"),
    USER_ADMIN: await newKey(slug(), admin, "USER_ADMIN"),
    MEMBER: await newKey(slug(), admin, "MEMBER"),
    OTHER_ORG: await newKey(other.organization.slug, other.users.ORG_ADMIN.id, "ORG_ADMIN"),
    REVOKED: await newKey(slug(), admin, "ORG_ADMIN", "revoked"),
    EXPIRED: await newKey(slug(), admin, "ORG_ADMIN", "expired"),
    NO_KEY: null,
    MALFORMED: "rst_live_not-a-key",
  };
  await db.verifiedDomain.create({
    data: { organizationId: orgId(), domain: `${slug()}.test`, token: "t", status: "VERIFIED", verifiedAt: new Date() },
  });
  const licensee = await createContact(orgId());
  orderId = (await createOrder(orgId(), licensee.id)).id;
  invoiceId = (
    await db.invoice.create({
      data: {
        organizationId: orgId(),
        orderId,
        number: `I-${uid()}`,
        amountCents: 1000,
        currency: "EUR",
        dueAt: new Date(Date.now() + 86_400_000),
      },
    })
  ).id;
});

async function pendingInvitee(role: OrgRole) {
  const result = await inviteUser.call(actorOf(org.users.ORG_ADMIN), slug(), {
    email: `pending-${uid()}@example.test`,
    role,
    language: "en",
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.membershipId;
}

/** A contact invitation sent by email through the page's use cases (pending: it can be resent or revoked). */
async function sentContactInvitation() {
  const result = await inviteContactByEmail.call(actorOf(org.users.ORG_ADMIN), slug(), {
    email: `invitee-${uid()}@example.test`,
    roles: ["NEW_QUOTES"],
    language: "en",
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.invitationId;
}

type Handler = Parameters<typeof callApi>[0];
type Case = [
  string,
  RoleOutcomes,
  () => Promise<{ handler: Handler; call: Omit<ApiCall, "key" | "params"> & { params?: Record<string, string> } }>,
];

const CASES: Case[] = [
  ["list users", ["ok", "ok", "ok", "FORBIDDEN"], async () => ({ handler: users.GET, call: { path: "/users" } })],
  ...(["MEMBER", "USER_ADMIN", "BILLING_ADMIN", "ORG_ADMIN"] as const).map(
    (role): Case => [
      `invite a user as ${role}`,
      ["ok", "FORBIDDEN", role === "MEMBER" ? "ok" : "ROLE_NOT_ALLOWED", "FORBIDDEN"],
      async () => ({
        handler: users.POST,
        call: { method: "POST", path: "/users", body: { email: `new-${uid()}@example.test`, role, language: "fr" } },
      }),
    ],
  ),
  [
    "change a member's role",
    ["ok", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"],
    async () => {
      const { membership } = await createMember(orgId(), "MEMBER");
      return {
        handler: user.PATCH,
        call: {
          method: "PATCH",
          path: `/users/${membership.id}`,
          params: { membershipId: membership.id },
          body: { role: "BILLING_ADMIN" },
        },
      };
    },
  ],
  ...(["MEMBER", "ORG_ADMIN"] as const).map(
    (role): Case => [
      `change the workspaces of a ${role}`,
      ["ok", "FORBIDDEN", "ok", "FORBIDDEN"],
      async () => {
        const { membership } = await createMember(orgId(), role);
        const workspace = await createWorkspaceRow(orgId(), `Edit ${uid()}`);
        return {
          handler: userWorkspaces.PUT,
          call: {
            method: "PUT",
            path: `/users/${membership.id}/workspaces`,
            params: { membershipId: membership.id },
            body: { workspaceIds: [workspace.id] },
          },
        };
      },
    ],
  ),
  ...(["MEMBER", "USER_ADMIN", "ORG_ADMIN"] as const).map(
    (role): Case => [
      `delete a ${role}`,
      ["ok", "FORBIDDEN", role === "MEMBER" ? "ok" : "ROLE_NOT_ALLOWED", "FORBIDDEN"],
      async () => {
        const { membership } = await createMember(orgId(), role);
        return {
          handler: user.DELETE,
          call: { method: "DELETE", path: `/users/${membership.id}`, params: { membershipId: membership.id } },
        };
      },
    ],
  ),
  ...(["MEMBER", "ORG_ADMIN"] as const).flatMap((role): Case[] => [
    [
      `resend a pending ${role}'s invitation`,
      ["ok", "FORBIDDEN", role === "MEMBER" ? "ok" : "ROLE_NOT_ALLOWED", "FORBIDDEN"],
      async () => {
        const membershipId = await pendingInvitee(role);
        return {
          handler: userInvitationResend.POST,
          call: { method: "POST", path: `/users/${membershipId}/invitation/resend`, params: { membershipId } },
        };
      },
    ],
    [
      `revoke a pending ${role}'s invitation`,
      ["ok", "FORBIDDEN", role === "MEMBER" ? "ok" : "ROLE_NOT_ALLOWED", "FORBIDDEN"],
      async () => {
        const membershipId = await pendingInvitee(role);
        return {
          handler: userInvitation.DELETE,
          call: { method: "DELETE", path: `/users/${membershipId}/invitation`, params: { membershipId } },
        };
      },
    ],
  ]),
  ["list workspaces", ["ok", "ok", "ok", "ok"], async () => ({ handler: workspaces.GET, call: { path: "/workspaces" } })],
  [
    "create a workspace",
    ["ok", "FORBIDDEN", "ok", "FORBIDDEN"],
    async () => ({ handler: workspaces.POST, call: { method: "POST", path: "/workspaces", body: { name: `Created ${uid()}` } } }),
  ],
  [
    "list pending contact invitations",
    ["ok", "ok", "ok", "FORBIDDEN"],
    async () => ({ handler: invitations.GET, call: { path: "/invitations" } }),
  ],
  [
    "invite a contact by email",
    ["ok", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"],
    async () => ({
      handler: invitations.POST,
      call: { method: "POST", path: "/invitations", body: { email: `i-${uid()}@example.test`, roles: ["NEW_QUOTES"], language: "fr" } },
    }),
  ],
  [
    "resend a contact invitation",
    ["ok", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"],
    async () => {
      const invitationId = await sentContactInvitation();
      return {
        handler: invitationResend.POST,
        call: { method: "POST", path: `/invitations/${invitationId}/resend`, params: { invitationId } },
      };
    },
  ],
  [
    "revoke a contact invitation",
    ["ok", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"],
    async () => {
      const invitationId = await sentContactInvitation();
      return { handler: invitation.DELETE, call: { method: "DELETE", path: `/invitations/${invitationId}`, params: { invitationId } } };
    },
  ],
  [
    "get a contact",
    ["ok", "ok", "ok", "FORBIDDEN"],
    async () => {
      const { id } = await createContact(orgId());
      return { handler: contact.GET, call: { path: `/contacts/${id}`, params: { contactId: id } } };
    },
  ],
  ["list contacts", ["ok", "ok", "ok", "FORBIDDEN"], async () => ({ handler: contacts.GET, call: { path: "/contacts?status=ACTIVE" } })],
  [
    "add a contact on a verified domain",
    ["ok", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"],
    async () => ({
      handler: contacts.POST,
      call: {
        method: "POST",
        path: "/contacts",
        body: { name: `New ${uid()}`, email: `c-${uid()}@${slug()}.test`, language: "en", roles: ["NEW_QUOTES"] },
      },
    }),
  ],
  [
    "edit a contact",
    ["ok", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"],
    async () => {
      const { id } = await createContact(orgId());
      return {
        handler: contact.PUT,
        call: {
          method: "PUT",
          path: `/contacts/${id}`,
          params: { contactId: id },
          body: { name: `Renamed ${uid()}`, language: "fr", roles: [] },
        },
      };
    },
  ],
  [
    "disable a contact",
    ["ok", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"],
    async () => {
      const { id } = await createContact(orgId());
      return { handler: contactDisable.POST, call: { method: "POST", path: `/contacts/${id}/disable`, params: { contactId: id } } };
    },
  ],
  [
    "enable a contact",
    ["ok", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"],
    async () => {
      const { id } = await createContact(orgId(), { status: "DISABLED" });
      return {
        handler: contactEnable.POST,
        call: { method: "POST", path: `/contacts/${id}/enable`, params: { contactId: id }, body: { roles: [] } },
      };
    },
  ],
  [
    "disable a contact and reassign their orders",
    ["ok", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"],
    async () => {
      const leaving = await createContact(orgId());
      const staying = await createContact(orgId());
      const order = await createOrder(orgId(), leaving.id);
      return {
        handler: contactReassign.POST,
        call: {
          method: "POST",
          path: `/contacts/${leaving.id}/disable-and-reassign`,
          params: { contactId: leaving.id },
          body: { orderIds: [order.id], replacement: "existing", replacementEmail: staying.email },
        },
      };
    },
  ],
  ["list orders", ["ok", "ok", "ok", "NOT_FOUND"], async () => ({ handler: orders.GET, call: { path: "/orders" } })],
  [
    "get an order",
    ["ok", "ok", "ok", "NOT_FOUND"],
    async () => ({ handler: order.GET, call: { path: `/orders/${orderId}`, params: { orderId } } }),
  ],
  ["list invoices", ["ok", "ok", "ok", "NOT_FOUND"], async () => ({ handler: invoices.GET, call: { path: "/invoices?status=OPEN" } })],
  [
    "get an invoice",
    ["ok", "ok", "ok", "NOT_FOUND"],
    async () => ({ handler: invoice.GET, call: { path: `/invoices/${invoiceId}`, params: { invoiceId } } }),
  ],
];

function expectedFor(caller: Caller, roles: RoleOutcomes): Outcome {
  const index = ["ORG_ADMIN", "BILLING_ADMIN", "USER_ADMIN", "MEMBER"].indexOf(caller);
  if (index >= 0) return roles[index];
  return caller === "OTHER_ORG" ? "NOT_FOUND" : "UNAUTHENTICATED";
}

const READS = /^(list|get)/;

describe("SPEC §2 through the REST API, with keys of each role", () => {
  it.each(CASES)("%s", async (name, roles, prepare) => {
    for (const caller of CALLERS) {
      const { handler, call } = await prepare();
      const before = await usersSnapshot();
      const response = await callApi(handler, { ...call, params: { slug: slug(), ...(call.params ?? {}) }, key: keys[caller] });
      const expected = expectedFor(caller, roles);
      const outcome = response.status < 300 ? "ok" : response.body?.code;
      expect({ caller, outcome }).toEqual({ caller, outcome: expected });
      if (expected !== "ok") {
        expect(response.status).toBe(httpStatusOf(expected));
        expect(response.headers.get("content-type")).toBe("application/problem+json");
        expect(response.body).toMatchObject({ status: httpStatusOf(expected), code: expected, type: "about:blank" });
      }
      const after = await usersSnapshot();
      if (expected !== "ok" || READS.test(name)) expect(after).toEqual(before);
      else expect(after.audits, `${caller}: an allowed change is audited`).toBeGreaterThan(before.audits);
    }
  });

  it("records the key as the actor of what it changes", async () => {
    const response = await callApi(workspaces.POST, {
      method: "POST",
      path: "/workspaces",
      params: { slug: slug() },
      key: keys.USER_ADMIN,
      body: { name: `By key ${uid()}` },
    });
    expect(response.status).toBe(201);
    const event = await db.auditEvent.findFirstOrThrow({
      where: { organizationId: orgId(), action: "workspace.created", targetId: response.body.id },
    });
    const key = await db.apiKey.findFirstOrThrow({ where: { id: event.actorApiKeyId! } });
    expect(key).toMatchObject({ organizationId: orgId(), role: "USER_ADMIN" });
    expect(event.actorUserId).toBe(org.users.ORG_ADMIN.id);
  });

  it("refuses a key whose creator left the organization, and caps a key by its creator's current role", async () => {
    const { user: admin, membership } = await createMember(orgId(), "ORG_ADMIN");
    const key = await newKey(slug(), admin.id, "ORG_ADMIN");
    await db.membership.update({ where: { id: membership.id }, data: { role: "USER_ADMIN" } });
    // A USER_ADMIN may add a MEMBER but not an ORG_ADMIN, whatever the key's role.
    const asAdmin = await callApi(users.POST, {
      method: "POST",
      path: "/users",
      params: { slug: slug() },
      key,
      body: { email: `x-${uid()}@example.test`, role: "ORG_ADMIN", language: "en" },
    });
    expect(asAdmin.body.code).toBe("ROLE_NOT_ALLOWED");
    const changeRole = await callApi(user.PATCH, {
      method: "PATCH",
      path: "/users/x",
      params: { slug: slug(), membershipId: membership.id },
      key,
      body: { role: "MEMBER" },
    });
    expect(changeRole.status).toBe(403);
    await db.membership.delete({ where: { id: membership.id } });
    const gone = await callApi(users.GET, { path: "/users", params: { slug: slug() }, key });
    expect(gone.status).toBe(401);
  });
});
