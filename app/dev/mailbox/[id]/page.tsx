import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { formatDate } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { mailboxDirFor, readCapturedEmail } from "@/lib/mail/mailbox";
import { headers } from "next/headers";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

// Metadata and page share one read per request: the title names the email.
const read = cache(async (id: string) => {
  const dir = mailboxDirFor((await headers()).get("host"));
  return dir ? readCapturedEmail(dir, id) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ t }, email] = await Promise.all([getTranslator(), read((await params).id)]);
  const title = email ? `${email.subject || t("mailbox.noSubject")} — ${t("mailbox.title")}` : t("mailbox.title");
  return { title, robots: { index: false } };
}

/** One captured email: its headers, its HTML in a sandboxed frame, and its text. */
export default async function CapturedEmailPage({ params }: Props) {
  if (!mailboxDirFor((await headers()).get("host"))) notFound();
  const { id } = await params;
  const [{ t, locale }, email] = await Promise.all([getTranslator(), read(id)]);
  if (!email) notFound();
  const subject = email.subject || t("mailbox.noSubject");
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10">
      <Link href={routes.mailbox()} className="link">
        <span aria-hidden="true">← </span>
        {t("mailbox.backToList")}
      </Link>
      <h1 className="mt-4 page-title break-words">{subject}</h1>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold text-fg">{t("mailbox.from")}</dt>
        <dd className="break-all">{email.from}</dd>
        <dt className="font-semibold text-fg">{t("mailbox.to")}</dt>
        <dd className="break-all">{email.to}</dd>
        <dt className="font-semibold text-fg">{t("mailbox.date")}</dt>
        <dd>
          {email.date ? (
            <time dateTime={email.date.toISOString()}>{formatDate(locale, email.date, { dateStyle: "medium", timeStyle: "medium" })}</time>
          ) : null}
        </dd>
      </dl>
      {email.html !== null ? (
        <section aria-labelledby="email-html" className="mt-8">
          <h2 id="email-html" className="text-lg font-semibold">
            {t("mailbox.html")}
          </h2>
          <iframe
            title={t("mailbox.htmlPreview")}
            sandbox=""
            srcDoc={email.html}
            className="mt-2 h-[36rem] w-full rounded-lg bg-white ring-1 ring-line"
          />
        </section>
      ) : null}
      {email.text !== null ? (
        <section aria-labelledby="email-text" className="mt-8">
          <h2 id="email-text" className="text-lg font-semibold">
            {t("mailbox.text")}
          </h2>
          <pre className="card mt-2 overflow-x-auto p-4 text-sm whitespace-pre-wrap break-words">{withLinks(email.text)}</pre>
        </section>
      ) : null}
    </main>
  );
}

/** The text part with its URLs as real links, so a captured sign-in link can simply be followed. */
function withLinks(text: string) {
  return text.split(/(https?:\/\/[^\s<>"]+)/g).map((part, index) =>
    index % 2 === 1 ? (
      <a key={index} href={part} className="link underline">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
