import type { Metadata } from "next";
import { getTranslator } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { ApiReference } from "@/components/api-docs/api-reference";

// Public like the document it shows; rendered per request for the CSP nonce (proxy.ts).
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("api.docs.title") };
}

export default async function ApiDocsPage() {
  const { t, locale } = await getTranslator();
  return (
    <main id="main" className="mx-auto flex max-w-7xl flex-col gap-4 px-4 py-8">
      <header>
        <h1 className="page-title">{t("api.docs.title")}</h1>
        <p className="lead mt-1 max-w-3xl">{t("api.docs.intro")}</p>
        <p className="mt-1 text-sm">
          <a href={routes.openApiDocument()} className="link">
            {t("api.docs.document")}
          </a>
        </p>
      </header>
      <ApiReference documentUrl={routes.openApiDocument()} locale={locale} loading={t("api.docs.loading")} />
    </main>
  );
}
