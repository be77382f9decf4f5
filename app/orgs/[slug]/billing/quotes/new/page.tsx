import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { db } from "@/lib/db/prisma";
import { loadCatalog } from "@/lib/billing/catalog";
import { requireBillingOverview } from "@/lib/billing/page-data";
import { orNotFound } from "@/lib/billing/or-not-found";
import { pageTitle } from "@/lib/billing/page-title";
import { routes } from "@/lib/routes";
import { ClientMessages } from "@/components/client-messages";
import { requestQuoteFormWords } from "@/components/billing/request-quote-form.words";
import { RequestQuoteForm } from "@/components/billing/request-quote-form";

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  return { title: await pageTitle((await params).slug, "billing.requestQuote.title") };
}

export default async function RequestQuotePage({ params }: { params: Promise<{ slug: string }> }) {
  const access = await requirePageAccess((await params).slug);
  await orNotFound(requireBillingOverview(access));
  if (!access.canWrite("billing.manage")) forbidden();
  const [{ t }, catalog] = await Promise.all([getTranslator(), loadCatalog(db)]);
  return (
    <ClientMessages namespaces={requestQuoteFormWords}>
      <section aria-labelledby="quote-title" className="flex max-w-4xl flex-col gap-4">
        <header>
          <Link href={routes.quotes(access.organization.slug)} className="link text-sm">
            ← {t("billing.quotes.back")}
          </Link>
          <h1 id="quote-title" className="page-title mt-1">
            {t("billing.requestQuote.title")}
          </h1>
          <p className="lead mt-1">{t("billing.requestQuote.intro")}</p>
        </header>
        <RequestQuoteForm slug={access.organization.slug} catalog={catalog} />
      </section>
    </ClientMessages>
  );
}
