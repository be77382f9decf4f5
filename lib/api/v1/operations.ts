// Every operation of REST API v1: its method and path (as the OpenAPI document writes them),
// its handler (the very function the route module exports) and a summary. The document is
// built from this list and from each handler's own schemas; tests/unit/openapi.test.ts fails
// when a route module exports a handler missing here.
import type { Endpoint } from "../route";
import * as users from "./users";
import * as workspaces from "./workspaces";
import * as invitations from "./invitations";
import * as contacts from "./contacts";
import * as billing from "./billing";

export type Operation = {
  method: "get" | "post" | "put" | "patch" | "delete";
  path: string;
  handler: Endpoint;
  summary: string;
  tag: string;
  /** An example body for the curl sample. */
  example?: Record<string, unknown>;
};

const USERS = "Users";
const WORKSPACES = "Workspaces";
const INVITATIONS = "Contact invitations";
const CONTACTS = "Contacts";
const BILLING = "Orders and invoices";

export const OPERATIONS: readonly Operation[] = [
  { method: "get", path: "/orgs/{slug}/users", handler: users.listUsersEndpoint, summary: "List users", tag: USERS },
  {
    method: "post",
    path: "/orgs/{slug}/users",
    handler: users.inviteUserEndpoint,
    summary: "Invite a user",
    tag: USERS,
    example: { email: "ada@example.com", role: "MEMBER", language: "en" },
  },
  {
    method: "patch",
    path: "/orgs/{slug}/users/{membershipId}",
    handler: users.changeUserRoleEndpoint,
    summary: "Change a user's role",
    tag: USERS,
    example: { role: "USER_ADMIN" },
  },
  { method: "delete", path: "/orgs/{slug}/users/{membershipId}", handler: users.removeUserEndpoint, summary: "Delete a user", tag: USERS },
  {
    method: "put",
    path: "/orgs/{slug}/users/{membershipId}/workspaces",
    handler: users.setUserWorkspacesEndpoint,
    summary: "Set a user's workspaces",
    tag: USERS,
    example: { workspaceIds: ["cm0workspace000000000000"] },
  },
  {
    method: "post",
    path: "/orgs/{slug}/users/{membershipId}/invitation/resend",
    handler: users.resendUserInvitationEndpoint,
    summary: "Resend a pending user's invitation",
    tag: USERS,
  },
  {
    method: "delete",
    path: "/orgs/{slug}/users/{membershipId}/invitation",
    handler: users.revokeUserInvitationEndpoint,
    summary: "Revoke a pending user's invitation",
    tag: USERS,
  },
  {
    method: "get",
    path: "/orgs/{slug}/workspaces",
    handler: workspaces.listWorkspacesEndpoint,
    summary: "List workspaces",
    tag: WORKSPACES,
  },
  {
    method: "post",
    path: "/orgs/{slug}/workspaces",
    handler: workspaces.createWorkspaceEndpoint,
    summary: "Create a workspace",
    tag: WORKSPACES,
    example: { name: "Support" },
  },
  {
    method: "get",
    path: "/orgs/{slug}/invitations",
    handler: invitations.listInvitationsEndpoint,
    summary: "List pending contact invitations",
    tag: INVITATIONS,
  },
  {
    method: "post",
    path: "/orgs/{slug}/invitations",
    handler: invitations.inviteContactEndpoint,
    summary: "Invite a contact by email",
    tag: INVITATIONS,
    example: { email: "grace@example.com", roles: ["PRIMARY_TECHNICAL"], language: "en" },
  },
  {
    method: "post",
    path: "/orgs/{slug}/invitations/{invitationId}/resend",
    handler: invitations.resendInvitationEndpoint,
    summary: "Resend a contact invitation",
    tag: INVITATIONS,
  },
  {
    method: "delete",
    path: "/orgs/{slug}/invitations/{invitationId}",
    handler: invitations.revokeInvitationEndpoint,
    summary: "Revoke a contact invitation",
    tag: INVITATIONS,
  },
  { method: "get", path: "/orgs/{slug}/contacts", handler: contacts.listContactsEndpoint, summary: "List contacts", tag: CONTACTS },
  {
    method: "post",
    path: "/orgs/{slug}/contacts",
    handler: contacts.addContactEndpoint,
    summary: "Add a contact on a verified domain",
    tag: CONTACTS,
    example: { name: "Grace Hopper", email: "grace@example.com", language: "en", roles: ["PRIMARY_TECHNICAL"] },
  },
  {
    method: "get",
    path: "/orgs/{slug}/contacts/{contactId}",
    handler: contacts.getContactEndpoint,
    summary: "Get a contact",
    tag: CONTACTS,
  },
  {
    method: "put",
    path: "/orgs/{slug}/contacts/{contactId}",
    handler: contacts.updateContactEndpoint,
    summary: "Edit a contact",
    tag: CONTACTS,
    example: { name: "Grace Hopper", phone: "+33 1 23 45 67 89", language: "fr", roles: [] },
  },
  {
    method: "post",
    path: "/orgs/{slug}/contacts/{contactId}/disable",
    handler: contacts.disableContactEndpoint,
    summary: "Disable a contact",
    tag: CONTACTS,
  },
  {
    method: "post",
    path: "/orgs/{slug}/contacts/{contactId}/disable-and-reassign",
    handler: contacts.disableAndReassignContactEndpoint,
    summary: "Disable a contact and reassign their orders",
    tag: CONTACTS,
    example: { orderIds: ["cm0order0000000000000000"], replacement: "existing", replacementEmail: "ada@example.com" },
  },
  {
    method: "post",
    path: "/orgs/{slug}/contacts/{contactId}/enable",
    handler: contacts.enableContactEndpoint,
    summary: "Enable a contact again",
    tag: CONTACTS,
    example: { roles: ["NEW_QUOTES"] },
  },
  { method: "get", path: "/orgs/{slug}/orders", handler: billing.listOrdersEndpoint, summary: "List orders", tag: BILLING },
  { method: "get", path: "/orgs/{slug}/orders/{orderId}", handler: billing.getOrderEndpoint, summary: "Get an order", tag: BILLING },
  { method: "get", path: "/orgs/{slug}/invoices", handler: billing.listInvoicesEndpoint, summary: "List invoices", tag: BILLING },
  {
    method: "get",
    path: "/orgs/{slug}/invoices/{invoiceId}",
    handler: billing.getInvoiceEndpoint,
    summary: "Get an invoice",
    tag: BILLING,
  },
];

/** The path parameters of an operation's path, e.g. ["slug", "membershipId"]. */
export function pathParameters(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
}
