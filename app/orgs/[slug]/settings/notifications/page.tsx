// Settings → Notifications (SPEC §3, issue 8 point 7): for each event, who in this
// organization would receive it right now and why, with a preview of each recipient's email
// in their language. Two statements: the access, and every event's recipients at once
// (lib/notifications/overview.ts); the previews load on demand, one frame each.
import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { config } from "@/lib/config";
import { db } from "@/lib/db/prisma";
import type { Locale, Translate } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";
import type { NotificationKind, Recipient, RecipientReason } from "@/lib/notifications/events";
import { notificationOverview, PARTY_KINDS, type EventOverview } from "@/lib/notifications/overview";
import { LOCALES } from "@/lib/i18n";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("notifications.title") };
}

type Context = { t: Translate; slug: string };

function previewHref(slug: string, kind: NotificationKind, locale: Locale, reasons: readonly RecipientReason[] = []): string {
  const query = new URLSearchParams({ kind, locale });
  if (reasons.length > 0) query.set("reasons", reasons.map((r) => [r.rule, r.orderNumber ?? r.quoteNumber].filter(Boolean).join(":")).join(","));
  return `/orgs/${encodeURIComponent(slug)}/settings/notifications/preview?${query}`;
}

function reasonLabel(t: Translate, reason: RecipientReason): string {
  return t(`notifications.rules.${reason.rule}`, { order: reason.orderNumber ?? "", quote: reason.quoteNumber ?? "" });
}

/** A preview that loads when opened: a sandboxed frame of the preview route. */
function Preview({ href, summary, title }: { href: string; summary: string; title: string }) {
  return (
    <details className="group">
      <summary className="cursor-pointer text-brand-700 underline">{summary}</summary>
      <iframe src={href} title={title} loading="lazy" sandbox="" className="mt-2 h-[28rem] w-[36rem] max-w-[80vw] rounded-md bg-white ring-1 ring-slate-200" />
    </details>
  );
}

function RecipientsTable({ recipients, caption, event, ctx }: { recipients: Recipient[]; caption: string; event: EventOverview["kind"]; ctx: Context }) {
  const { t, slug } = ctx;
  if (recipients.length === 0) return <p className="text-sm text-slate-600">{t("notifications.nobody")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-slate-200">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            {(["recipient", "language", "why", "preview"] as const).map((column) => <th key={column} scope="col" className="px-3 py-2">{t(`notifications.columns.${column}`)}</th>)}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {recipients.map((recipient) => {
            const language = t(`notifications.languages.${recipient.locale}`);
            const name = recipient.name ?? recipient.email;
            return (
              <tr key={recipient.email} className="align-top">
                <th scope="row" className="px-3 py-2 font-normal">
                  <span className="font-medium">{name}</span>
                  {recipient.name ? <span className="block break-all text-slate-600">{recipient.email}</span> : null}
                </th>
                <td className="px-3 py-2">{language}</td>
                <td className="px-3 py-2">
                  <ul>{recipient.reasons.map((reason) => <li key={`${reason.rule}:${reason.orderNumber ?? reason.quoteNumber ?? ""}`}>{reasonLabel(t, reason)}</li>)}</ul>
                </td>
                <td className="px-3 py-2">
                  <Preview href={previewHref(slug, event, recipient.locale, recipient.reasons)} summary={t("notifications.preview", { language })}
                    title={t("notifications.previewTitle", { event: t(`notifications.events.${event}`), name, language })} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function subjectTitle(t: Translate, event: EventOverview, label: string): string {
  if (event.kind === "quote_created") return t("notifications.subject.quote", { quote: label });
  if (event.kind === "invoice_overdue") return t("notifications.subject.overdue", { order: label });
  return t("notifications.subject.order", { order: label });
}

function noSubject(t: Translate, event: EventOverview): string {
  if (event.kind === "quote_created") return t("notifications.noSubject.quote");
  if (event.kind === "invoice_overdue") return t("notifications.noSubject.overdue");
  return t("notifications.noSubject.order");
}

function EventSection({ event, ctx }: { event: EventOverview; ctx: Context }) {
  const { t } = ctx;
  const name = t(`notifications.events.${event.kind}`);
  const id = `event-${event.kind}`;
  const more = event.standingTotal - event.standing.length;
  const hasStanding = event.kind === "invoice_overdue" || event.kind === "quote_created" || !event.perSubject;
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
      <h2 id={id} className="text-lg font-semibold">{name}</h2>
      <p className="text-sm text-slate-700">{t(`notifications.sentTo.${event.kind}`, { days: config().OVERDUE_REMINDER_DAYS })}</p>
      {event.perSubject ? (
        event.subjects.length === 0 ? <p className="text-sm text-slate-600">{noSubject(t, event)}</p> : (
          event.subjects.map((subject) => {
            const title = subjectTitle(t, event, subject.label);
            return (
              <div key={subject.subjectId} className="flex flex-col gap-2">
                <h3 className="font-medium">{title}</h3>
                <RecipientsTable recipients={subject.recipients} event={event.kind} ctx={ctx} caption={t("notifications.captionSubject", { event: name, subject: title })} />
              </div>
            );
          })
        )
      ) : null}
      {hasStanding ? (
        <div className="flex flex-col gap-2">
          {event.perSubject ? <h3 className="font-medium">{t(`notifications.every.${event.kind as "invoice_overdue" | "quote_created"}`)}</h3> : null}
          <RecipientsTable recipients={event.standing} event={event.kind} ctx={ctx} caption={t("notifications.caption", { event: name })} />
          {more > 0 ? <p className="text-sm text-slate-600">{t("notifications.more", { count: more })}</p> : null}
        </div>
      ) : null}
    </section>
  );
}

export default async function NotificationsPage({ params }: { params: Promise<{ slug: string }> }) {
  const access = await requirePageAccess((await params).slug, "notifications.view");
  const [{ t }, events] = await Promise.all([getTranslator(), notificationOverview(db, access.organization.id)]);
  const ctx: Context = { t, slug: access.organization.slug };
  return (
    <section aria-labelledby="notifications-title" className="flex flex-col gap-5">
      <Link href={`/orgs/${access.organization.slug}/settings`} className="text-sm text-brand-700 underline">{t("nav.settings")}</Link>
      <h1 id="notifications-title" className="text-2xl font-bold">{t("notifications.title")}</h1>
      <p className="text-sm text-slate-700">{t("notifications.intro", { org: access.organization.name })}</p>
      {events.map((event) => <EventSection key={event.kind} event={event} ctx={ctx} />)}
      <section aria-labelledby="event-party" className="flex flex-col gap-3 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
        <h2 id="event-party" className="text-lg font-semibold">{t("notifications.partyTitle")}</h2>
        <dl className="flex flex-col gap-3">
          {PARTY_KINDS.map((kind) => {
            const name = t(`notifications.events.${kind}`);
            return (
              <div key={kind}>
                <dt className="font-medium">{name}</dt>
                <dd className="text-sm text-slate-700">
                  <p>{t(`notifications.sentTo.${kind}`, { days: config().OVERDUE_REMINDER_DAYS })}</p>
                  <div className="mt-1 flex flex-wrap gap-4">
                    {LOCALES.map((locale) => {
                      const language = t(`notifications.languages.${locale}`);
                      return <Preview key={locale} href={previewHref(ctx.slug, kind, locale)} summary={t("notifications.previewSample", { language })} title={t("notifications.previewSampleTitle", { event: name, language })} />;
                    })}
                  </div>
                </dd>
              </div>
            );
          })}
        </dl>
      </section>
    </section>
  );
}
