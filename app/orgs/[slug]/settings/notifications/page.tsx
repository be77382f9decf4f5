// Settings → Notifications (SPEC §3): for each event, who in this
// organization would receive it right now and why, with a preview of each recipient's email
// in their language. Two statements: the access, and every event's recipients at once
// (lib/notifications/overview.ts). Previews load on demand into one sandboxed frame (the
// links target it), so the page stays light however many people it names.
import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { config } from "@/lib/config";
import { db } from "@/lib/db/prisma";
import { LOCALES, type Translate } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";
import type { Recipient } from "@/lib/notifications/events";
import { recipientWire } from "@/lib/notifications/recipient-wire";
import { routes } from "@/lib/routes";
import { notificationOverview, PARTY_KINDS, type EventOverview } from "@/lib/notifications/overview";
import { ClientMessages } from "@/components/client-messages";
import { RecipientsTable } from "@/components/notifications/recipients-table";
import { PREVIEW_FRAME } from "@/components/notifications/preview-link";
import { PreviewFrame } from "@/components/notifications/preview-frame";
import { previewFrameWords } from "@/components/notifications/preview-frame.words";
import { recipientsTableWords } from "@/components/notifications/recipients-table.words";
import { words } from "@/lib/i18n/pick-messages";
import css from "./notifications.module.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("notifications.title") };
}

function noSubject(t: Translate, event: EventOverview): string {
  if (event.kind === "quote_created") return t("notifications.noSubject.quote");
  if (event.kind === "invoice_overdue") return t("notifications.noSubject.overdue");
  return t("notifications.noSubject.order");
}

function EventSection({ slug, event, index, t }: { slug: string; event: EventOverview; index: number; t: Translate }) {
  const name = t(`notifications.events.${event.kind}`);
  const id = `e${index}`;
  const more = event.standingTotal - event.standing.length;
  // The latest orders' or quotes' own recipients (their reasons name the order or quote), then the standing ones.
  const own = event.subjects.flatMap((subject) => subject.recipients);
  const rows: Recipient[] = [...own, ...event.standing.filter((recipient) => !own.some((shown) => shown.email === recipient.email))];
  return (
    <section aria-labelledby={id} className={css.event}>
      <h2 id={id}>{name}</h2>
      <p>{t(`notifications.sentTo.${event.kind}`, { days: config().OVERDUE_REMINDER_DAYS })}</p>
      {event.perSubject && event.subjects.length === 0 ? <p className={css.note}>{noSubject(t, event)}</p> : null}
      {event.perSubject && event.standing.length > 0 ? (
        <p className={css.note}>{t(`notifications.every.${event.kind as "invoice_overdue" | "quote_created"}`)}</p>
      ) : null}
      {rows.length === 0 ? (
        event.perSubject && event.subjects.length === 0 ? null : (
          <p className={css.note}>{t("notifications.nobody")}</p>
        )
      ) : (
        <RecipientsTable
          slug={slug}
          kind={event.kind}
          eventName={name}
          labelledBy={id}
          className={css.table}
          rows={rows.map(recipientWire)}
        />
      )}
      {more > 0 ? <p className={css.note}>{t("notifications.more", { count: more })}</p> : null}
    </section>
  );
}

export default async function NotificationsPage({ params }: { params: Promise<{ slug: string }> }) {
  const access = await requirePageAccess((await params).slug, "notifications.view");
  const [{ t }, events] = await Promise.all([getTranslator(), notificationOverview(db, access.organization.id)]);
  const slug = access.organization.slug;
  const hint = t("notifications.previewHint").replace(/[<&]/g, (c) => (c === "<" ? "&lt;" : "&amp;"));
  return (
    <ClientMessages namespaces={words(recipientsTableWords, previewFrameWords)}>
      <section aria-labelledby="notifications-title" className="flex flex-col gap-5">
        <Link href={routes.settings(slug)} className="link text-sm">
          ← {t("nav.settings")}
        </Link>
        <h1 id="notifications-title" className="page-title">
          {t("notifications.title")}
        </h1>
        <p className="lead">{t("notifications.intro", { org: access.organization.name })}</p>
        <div className={css.layout}>
          <div className="flex flex-col gap-5">
            {events.map((event, index) => (
              <EventSection key={event.kind} slug={slug} event={event} index={index} t={t} />
            ))}
            <section aria-labelledby="party" className={css.event}>
              <h2 id="party">{t("notifications.partyTitle")}</h2>
              {PARTY_KINDS.map((kind) => (
                <p key={kind}>
                  <b>{t(`notifications.events.${kind}`)}</b>: {t(`notifications.sentTo.${kind}`, { days: config().OVERDUE_REMINDER_DAYS })}{" "}
                  {LOCALES.map((locale) => (
                    <a key={locale} href={routes.notificationPreview(slug, { event: kind, language: locale })} target={PREVIEW_FRAME}>
                      {t("notifications.sampleIn", { language: t(`notifications.languages.${locale}`) })}
                      <span className="sr-only">{t("notifications.sampleOf", { event: t(`notifications.events.${kind}`) })}</span>
                    </a>
                  ))}
                </p>
              ))}
            </section>
          </div>
          <aside aria-label={t("notifications.previewFrame")} className={css.aside}>
            <PreviewFrame title={t("notifications.previewFrame")} hint={hint} className={css.frame} />
          </aside>
        </div>
      </section>
    </ClientMessages>
  );
}
