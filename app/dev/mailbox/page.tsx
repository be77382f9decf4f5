import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDate } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { listCapturedEmails, mailboxDirFor } from "@/lib/mail/mailbox";
import { headers } from "next/headers";
import { DataTable, Truncate } from "@/components/ui/data-table";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("mailbox.title"), robots: { index: false } };
}

/** The dev mailbox: the emails the capture SMTP server received (only on loopback: see mailboxDirFor). */
export default async function MailboxPage() {
  const dir = mailboxDirFor((await headers()).get("host"));
  if (!dir) notFound();
  const [{ t, locale }, emails] = await Promise.all([getTranslator(), listCapturedEmails(dir, { limit: 100 })]);
  return (
    <main id="main" className="mx-auto flex max-w-6xl flex-col gap-4 px-4 py-8">
      <div>
        <h1 className="page-title">{t("mailbox.title")}</h1>
        <p className="lead mt-1">{t("mailbox.intro")}</p>
      </div>
      <DataTable
        caption={t("mailbox.caption")}
        captionHidden
        rows={emails}
        rowKey={(email) => email.id}
        empty={t("mailbox.empty")}
        columns={[
          { key: "to", header: t("mailbox.to"), cell: (email) => <Truncate text={email.to} /> },
          {
            key: "subject",
            header: t("mailbox.subject"),
            rowHeader: true,
            className: "wrap",
            cell: (email) => email.subject || t("mailbox.noSubject"),
          },
          {
            key: "date",
            header: t("mailbox.date"),
            className: "dim",
            cell: (email) =>
              email.date ? (
                <time dateTime={email.date.toISOString()}>
                  {formatDate(locale, email.date, { dateStyle: "medium", timeStyle: "medium" })}
                </time>
              ) : null,
          },
          {
            key: "open",
            header: t("mailbox.open"),
            headerHidden: true,
            className: "end",
            cell: (email) => (
              <Link href={routes.mailboxEmail(email.id)} className="link">
                {t("mailbox.open")}
                <span className="sr-only">: {email.subject || t("mailbox.noSubject")}</span>
              </Link>
            ),
          },
        ]}
      />
    </main>
  );
}
