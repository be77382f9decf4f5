import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDate } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";
import { listCapturedEmails, mailboxDirFor } from "@/lib/mail/mailbox";
import { headers } from "next/headers";

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
    <main id="main" className="mx-auto max-w-6xl px-4 py-10">
      <h1 className="text-2xl font-bold">{t("mailbox.title")}</h1>
      <p className="mt-2 text-slate-700">{t("mailbox.intro")}</p>
      {emails.length === 0 ? (
        <p className="mt-6 text-slate-600">{t("mailbox.empty")}</p>
      ) : (
        <div className="mt-6 overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("mailbox.caption")}</caption>
            <thead className="bg-slate-100 text-slate-700">
              <tr>
                <th scope="col" className="px-4 py-2 font-semibold">{t("mailbox.to")}</th>
                <th scope="col" className="px-4 py-2 font-semibold">{t("mailbox.subject")}</th>
                <th scope="col" className="px-4 py-2 font-semibold">{t("mailbox.date")}</th>
                <th scope="col" className="px-4 py-2"><span className="sr-only">{t("mailbox.open")}</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {emails.map((email) => (
                <tr key={email.id}>
                  <td className="px-4 py-2 break-all">{email.to}</td>
                  <td className="px-4 py-2">{email.subject || t("mailbox.noSubject")}</td>
                  <td className="px-4 py-2 whitespace-nowrap text-slate-600">
                    {email.date ? <time dateTime={email.date.toISOString()}>{formatDate(locale, email.date, { dateStyle: "medium", timeStyle: "medium" })}</time> : null}
                  </td>
                  <td className="px-4 py-2 text-right">
                    <Link href={`/dev/mailbox/${email.id}`} className="font-medium text-brand-700 hover:underline">
                      {t("mailbox.open")}
                      <span className="sr-only">: {email.subject || t("mailbox.noSubject")}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
