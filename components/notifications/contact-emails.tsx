"use client";
// "Emails this contact gets", in the contact edit dialog: the emails of SPEC §3 this contact
// would get and why, from the roles ticked in the enclosing form (updated as they change),
// its orders and its member's organization role. The answer is rules.ts's emailsOfContact,
// built from the same rules as the routing table. Self-contained: place it inside the form.
import { useEffect, useId, useState, useSyncExternalStore } from "react";
import type { ContactRoleType } from "@/lib/db/generated/enums";
import type { RecipientReason } from "@/lib/notifications/events";
import { emailsOfContact } from "@/lib/notifications/rules";
import type { ContactEmailFacts } from "@/lib/notifications/contact-email-facts";
import { contactEmailFactsAction } from "@/app/orgs/[slug]/contacts/notification-actions";
import { useTranslations } from "@/lib/i18n/client";

/** Reasons of one rule shown by name (an order number each); the rest are counted. */
const REASONS_SHOWN = 3;

function formOf(id: string): HTMLFormElement | null {
  return typeof document === "undefined" ? null : (document.getElementById(id)?.closest("form") ?? null);
}

/** The roles ticked in the form, as a stable string (the external store's snapshot). */
function tickedRoles(id: string): string {
  const form = formOf(id);
  if (!form) return "";
  return [...form.querySelectorAll<HTMLInputElement>('input[name="roles"]:checked')].map((input) => input.value).join(",");
}

export function ContactEmails({ slug, contactId }: { slug: string; contactId: string }) {
  const t = useTranslations("notifications");
  const id = useId();
  const [facts, setFacts] = useState<ContactEmailFacts | null>(null);
  const [failed, setFailed] = useState(false);
  const ticked = useSyncExternalStore(
    (changed) => {
      const form = formOf(id);
      form?.addEventListener("change", changed);
      return () => form?.removeEventListener("change", changed);
    },
    () => tickedRoles(id),
    () => "",
  );

  useEffect(() => {
    let live = true;
    contactEmailFactsAction(slug, contactId).then(
      (result) => {
        if (!live) return;
        if (result.ok) setFacts(result.data);
        else setFailed(true);
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [slug, contactId]);

  const label = (reason: RecipientReason) =>
    t(`rules.${reason.rule}`, { order: reason.orderNumber ?? "", quote: reason.quoteNumber ?? "" });
  const describe = (reasons: RecipientReason[]) => {
    const byRule = new Map<string, RecipientReason[]>();
    for (const reason of reasons) byRule.set(reason.rule, [...(byRule.get(reason.rule) ?? []), reason]);
    return [...byRule.values()]
      .flatMap((same) => [
        ...same.slice(0, REASONS_SHOWN).map(label),
        ...(same.length > REASONS_SHOWN ? [`+${same.length - REASONS_SHOWN}`] : []),
      ])
      .join(", ");
  };

  const emails = facts
    ? emailsOfContact({
        status: facts.status,
        contactRoles: (ticked ? ticked.split(",") : []) as ContactRoleType[],
        orders: facts.orders,
        orgRole: facts.orgRole,
      })
    : null;
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="rounded-md border border-line p-3">
      <h3 id={`${id}-title`} className="text-sm font-semibold">
        {t("contactEmails.title")}
      </h3>
      <div aria-live="polite" className="mt-1 text-sm">
        {failed ? null : !facts || !emails ? (
          <p className="text-muted">{t("contactEmails.loading")}</p>
        ) : facts.status === "DISABLED" ? (
          <p>{t("contactEmails.disabled")}</p>
        ) : emails.length === 0 ? (
          <p>{t("contactEmails.none")}</p>
        ) : (
          <ul className="list-disc pl-5">
            {emails.map((email) => (
              <li key={email.kind}>
                <span className="font-medium">{t(`events.${email.kind}`)}</span>
                {": "}
                {describe(email.reasons)}
                {facts.moreOrders > 0 && email.reasons.some((reason) => reason.orderNumber) ? ` (+${facts.moreOrders})` : null}
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="mt-2 text-xs text-muted">{t("contactEmails.also")}</p>
    </section>
  );
}
