// What each event's email says: its template and the props for it, read from the database in
// the caller's transaction (so the email shows the order, invoice or quote as committed with
// it). Props are plain JSON; the mail worker renders them at send time (lib/mail/render-email.ts).
import type { EmailPropsOf, EmailTemplateName } from "@/emails";
import type { Tx } from "@/lib/db/prisma";
import type { OrgRole } from "@/lib/db/generated/enums";
import { appUrl, config } from "@/lib/config";
import { invitationUrl } from "@/lib/invitations/token";
import { routes } from "@/lib/routes";
import type { NotificationEvent } from "./events";

export type NotificationContent = { [N in EmailTemplateName]: { template: N; props: EmailPropsOf<N> } }[EmailTemplateName];

class MissingSubjectError extends Error {
  constructor(event: NotificationEvent, what: string) {
    super(`notification ${event.kind}: ${what} not found in its organization`);
  }
}

const iso = (date: Date) => date.toISOString();

/** A user invitation's email: who invites, to which organization and role, and the link. */
export function userInvitationContent(input: {
  organization: { name: string; slug: string };
  inviterName: string | null;
  role: OrgRole;
  email: string;
  token: string;
  expiresAt: Date;
}): Extract<NotificationContent, { template: "user-invitation" }> {
  return {
    template: "user-invitation",
    props: {
      organization: input.organization,
      inviterName: input.inviterName,
      role: input.role,
      email: input.email,
      url: invitationUrl(input.token),
      expiresAt: iso(input.expiresAt),
    },
  };
}

async function organizationOf(tx: Tx, event: NotificationEvent & { organizationId: string }) {
  const organization = await tx.organization.findUnique({ where: { id: event.organizationId }, select: { name: true, slug: true } });
  if (!organization) throw new MissingSubjectError(event, "organization");
  return organization;
}

async function invoiceContent(tx: Tx, event: Extract<NotificationEvent, { kind: "invoice" | "invoice_overdue" }>) {
  const invoice = await tx.invoice.findFirst({
    where: { id: event.invoiceId, organizationId: event.organizationId },
    select: {
      id: true,
      number: true,
      amountCents: true,
      currency: true,
      issuedAt: true,
      dueAt: true,
      order: { select: { number: true } },
      organization: { select: { name: true, slug: true } },
    },
  });
  if (!invoice) throw new MissingSubjectError(event, "invoice");
  return {
    organization: invoice.organization,
    invoice: {
      number: invoice.number,
      amountCents: invoice.amountCents,
      currency: invoice.currency,
      issuedAt: iso(invoice.issuedAt),
      dueAt: iso(invoice.dueAt),
    },
    orderNumber: invoice.order.number,
    url: appUrl(routes.invoice(invoice.organization.slug, invoice.id)),
  } satisfies EmailPropsOf<"invoice">;
}

export async function notificationContent(tx: Tx, event: NotificationEvent): Promise<NotificationContent> {
  switch (event.kind) {
    case "sign_in":
      return { template: "sign-in", props: { email: event.email, url: event.url, lifetimeMinutes: config().SIGN_IN_LINK_MINUTES } };

    case "license_certificate": {
      const order = await tx.order.findFirst({
        where: { id: event.orderId, organizationId: event.organizationId },
        select: {
          id: true,
          number: true,
          placedAt: true,
          organization: { select: { name: true, slug: true } },
          licenses: {
            select: { product: true, licenseKey: true, seats: true, validUntil: true },
            orderBy: [{ product: "asc" }, { licenseKey: "asc" }],
          },
        },
      });
      if (!order) throw new MissingSubjectError(event, "order");
      return {
        template: "license-certificate",
        props: {
          organization: order.organization,
          order: { number: order.number, placedAt: iso(order.placedAt) },
          licenses: order.licenses.map((license) => ({ ...license, validUntil: license.validUntil ? iso(license.validUntil) : null })),
          url: appUrl(routes.order(order.organization.slug, order.id)),
        },
      };
    }

    case "invoice":
      return { template: "invoice", props: await invoiceContent(tx, event) };
    case "invoice_overdue":
      return { template: "invoice-overdue", props: await invoiceContent(tx, event) };

    case "quote_created": {
      const quote = await tx.quote.findFirst({
        where: { id: event.quoteId, organizationId: event.organizationId },
        select: {
          id: true,
          number: true,
          items: true,
          amountCents: true,
          currency: true,
          validUntil: true,
          organization: { select: { name: true, slug: true } },
          requester: { select: { name: true } },
          requestedBy: { select: { name: true, email: true } },
        },
      });
      if (!quote) throw new MissingSubjectError(event, "quote");
      const items = (Array.isArray(quote.items) ? quote.items : []) as { product?: unknown; plan?: unknown; quantity?: unknown }[];
      return {
        template: "quote-created",
        props: {
          organization: quote.organization,
          quote: {
            number: quote.number,
            amountCents: quote.amountCents,
            currency: quote.currency,
            validUntil: iso(quote.validUntil),
            items: items.map((item) => ({
              product: String(item.product ?? ""),
              plan: String(item.plan ?? ""),
              quantity: Number(item.quantity ?? 0),
            })),
          },
          requesterName: quote.requester?.name ?? quote.requestedBy?.name ?? quote.requestedBy?.email ?? null,
          url: appUrl(routes.quote(quote.organization.slug, quote.id)),
        },
      };
    }

    case "security_privacy":
    case "data_protection":
      return {
        template: event.kind === "security_privacy" ? "security-privacy" : "data-protection",
        props: { organization: await organizationOf(tx, event), subject: event.subject, body: event.body },
      };

    case "plan_changed": {
      const organization = await tx.organization.findUnique({
        where: { id: event.organizationId },
        select: { name: true, slug: true, plan: { select: { name: true, product: { select: { name: true } } } } },
      });
      if (!organization) throw new MissingSubjectError(event, "organization");
      const changedBy = await tx.user.findUnique({ where: { id: event.changedByUserId }, select: { name: true, email: true } });
      return {
        template: "plan-changed",
        props: {
          organization: { name: organization.name, slug: organization.slug },
          product: organization.plan.product.name,
          previousPlan: event.previousPlan,
          plan: organization.plan.name,
          changedBy: changedBy ? changedBy.name?.trim() || changedBy.email : null,
          url: appUrl(routes.plan(organization.slug)),
        },
      };
    }

    case "orders_reassigned": {
      const organization = await organizationOf(tx, event);
      const orders = await tx.order.findMany({
        where: { organizationId: event.organizationId, id: { in: event.orderIds } },
        select: { number: true, licenseeContactId: true, billingContactId: true },
        orderBy: { placedAt: "desc" },
      });
      return {
        template: "orders-reassigned",
        props: {
          organization,
          previous: event.previousContactName,
          orders: orders.map((order) => ({
            number: order.number,
            licensee: order.licenseeContactId === event.contactId,
            billing: order.billingContactId === event.contactId,
          })),
          url: appUrl(routes.organization(organization.slug)),
        },
      };
    }

    case "organization_deletion": {
      const organization = await tx.organization.findUnique({
        where: { id: event.organizationId },
        select: { name: true, slug: true, deletionScheduledAt: true },
      });
      if (!organization?.deletionScheduledAt) throw new MissingSubjectError(event, "scheduled deletion");
      return {
        template: "organization-deletion",
        props: {
          organization: { name: organization.name, slug: organization.slug },
          stage: event.stage,
          days: event.days,
          deletionAt: iso(organization.deletionScheduledAt),
          url: appUrl(routes.subscription(organization.slug)),
        },
      };
    }

    case "data_export_ready": {
      const row = await tx.dataExport.findFirst({
        where: { id: event.exportId, organizationId: event.organizationId, status: "READY" },
        select: { id: true, bytes: true, expiresAt: true, organization: { select: { name: true, slug: true } } },
      });
      if (!row?.expiresAt) throw new MissingSubjectError(event, "ready data export");
      return {
        template: "data-export-ready",
        props: {
          organization: row.organization,
          bytes: row.bytes,
          expiresAt: iso(row.expiresAt),
          url: appUrl(routes.dataExportDownload(row.organization.slug, row.id)),
        },
      };
    }

    case "webhook_endpoint_disabled": {
      const endpoint = await tx.webhookEndpoint.findFirst({
        where: { id: event.endpointId, organizationId: event.organizationId },
        select: { url: true, failingSince: true, organization: { select: { name: true, slug: true } } },
      });
      if (!endpoint) throw new MissingSubjectError(event, "webhook endpoint");
      return {
        template: "webhook-endpoint-disabled",
        props: {
          organization: endpoint.organization,
          endpointUrl: endpoint.url,
          failingSince: endpoint.failingSince ? iso(endpoint.failingSince) : null,
          url: appUrl(routes.webhooks(endpoint.organization.slug)),
        },
      };
    }

    case "invitation": {
      const invitation = await tx.invitation.findFirst({
        where: { id: event.invitationId, organizationId: event.organizationId },
        select: {
          kind: true,
          contactRoles: true,
          orgRole: true,
          email: true,
          expiresAt: true,
          createdBy: { select: { name: true, email: true } },
          organization: { select: { name: true, slug: true } },
        },
      });
      if (!invitation) throw new MissingSubjectError(event, "invitation");
      const sender = event.senderUserId
        ? await tx.user.findUnique({ where: { id: event.senderUserId }, select: { name: true, email: true } })
        : invitation.createdBy;
      const inviterName = sender ? sender.name?.trim() || sender.email : null;
      if (invitation.kind === "USER") {
        return userInvitationContent({
          organization: invitation.organization,
          inviterName,
          role: invitation.orgRole ?? "MEMBER",
          email: invitation.email ?? event.email,
          token: event.token,
          expiresAt: invitation.expiresAt,
        });
      }
      return {
        template: "contact-invitation",
        props: {
          organization: invitation.organization,
          inviterName,
          roles: invitation.contactRoles,
          url: invitationUrl(event.token),
          expiresAt: iso(invitation.expiresAt),
        },
      };
    }
  }
}
