// The notifications page's previews: an event's email as one recipient would get it (their
// language, their reasons), written with the template's sample props for this organization
// (its name and links, the order or quote the page shows). Rendered in a route handler, on
// demand, one at a time.
import { z } from "zod";
import { emailTemplates, type EmailPropsOf, type EmailTemplateName, type RenderedEmail } from "@/emails";
import { appUrl } from "@/lib/config";
import { LOCALES } from "@/lib/i18n";
import { renderEmail } from "@/lib/mail/render-email";
import { routes } from "@/lib/routes";
import type { NotificationKind, RecipientReason, RecipientRule } from "./events";
import { EVENT_RULES, NOTIFICATION_KINDS } from "./rules";
import { TEMPLATE_OF } from "./templates";

const number = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[\w./-]+$/);

/**
 * ?event=invoice_overdue&language=fr&reasons=ORDER_BILLING:2026-0042,UNPAID_INVOICES (each reason one of
 * the event's rules, with the order's or quote's number it names), as lib/routes.ts writes it.
 */
export const previewQuerySchema = z
  .object({
    event: z.enum(NOTIFICATION_KINDS as [NotificationKind, ...NotificationKind[]]),
    language: z.enum(LOCALES),
    reasons: z.string().max(500).optional(),
  })
  .transform(({ event: kind, language: locale, reasons }) => ({ kind, locale, reasons }))
  .transform((query, context) => {
    const rules = EVENT_RULES[query.kind] as readonly string[];
    const reasons: RecipientReason[] = [];
    for (const part of (query.reasons ?? "").split(",").filter(Boolean)) {
      const [rule, reference] = part.split(":");
      const parsed = reference === undefined ? null : number.safeParse(reference);
      if (!rules.includes(rule) || (parsed && !parsed.success)) {
        context.addIssue({ code: "custom", message: "errors.invalid", path: ["reasons"] });
        return z.NEVER;
      }
      const reason: RecipientReason = { rule: rule as RecipientRule };
      if (parsed?.success) {
        if (rule === "QUOTE_REQUESTER") reason.quoteNumber = parsed.data;
        else reason.orderNumber = parsed.data;
      }
      reasons.push(reason);
    }
    return { ...query, reasons };
  });

export type PreviewQuery = z.output<typeof previewQuerySchema>;

const PREVIEW_ORG_URL = /^http:\/\/localhost:3000\/orgs\/acme/;

/** The template's sample props, made this organization's: its name, its pages, the order or quote of the reasons. */
function sampleProps(
  name: EmailTemplateName,
  organization: { name: string; slug: string },
  reasons: readonly RecipientReason[],
): EmailPropsOf<EmailTemplateName> {
  const sample = structuredClone(emailTemplates[name].preview) as Record<string, unknown>;
  if ("organization" in sample) sample.organization = { name: organization.name, slug: organization.slug };
  if (typeof sample.url === "string") sample.url = sample.url.replace(PREVIEW_ORG_URL, appUrl(routes.organization(organization.slug)));
  const orderNumber = reasons.find((reason) => reason.orderNumber)?.orderNumber;
  const quoteNumber = reasons.find((reason) => reason.quoteNumber)?.quoteNumber;
  if (orderNumber && "orderNumber" in sample) sample.orderNumber = orderNumber;
  if (orderNumber && typeof sample.order === "object" && sample.order) (sample.order as { number: string }).number = orderNumber;
  if (quoteNumber && typeof sample.quote === "object" && sample.quote) (sample.quote as { number: string }).number = quoteNumber;
  return sample as EmailPropsOf<EmailTemplateName>;
}

export function renderNotificationPreview(organization: { name: string; slug: string }, query: PreviewQuery): Promise<RenderedEmail> {
  const name = TEMPLATE_OF[query.kind];
  const reasons = query.reasons.length > 0 ? query.reasons : emailTemplates[name].previewReasons;
  return renderEmail(name, sampleProps(name, organization, reasons), { locale: query.locale, reasons });
}
