import type { Metadata } from "next";
import Link from "next/link";
import { Icon } from "@/components/ui/icon";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { ASSIGNABLE_ROLES } from "@/lib/auth/capabilities";
import { db } from "@/lib/db/prisma";
import { getTranslator } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { ApiKeysTable } from "@/components/api-keys/api-keys-table";
import { CreateApiKeyForm } from "@/components/api-keys/create-api-key-form";
import { ClientMessages } from "@/components/client-messages";
import { apiKeysTableWords } from "@/components/api-keys/api-keys-table.words";
import { createApiKeyFormWords } from "@/components/api-keys/create-api-key-form.words";
import { words } from "@/lib/i18n/pick-messages";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("apiKeys.title") };
}

export default async function ApiKeysPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await requirePageAccess(slug, "apiKeys.manage");
  const [{ t }, keys] = await Promise.all([getTranslator(), listApiKeys(db, access)]);
  const org = access.organization;
  const writable = access.canWrite();

  return (
    <ClientMessages namespaces={words(apiKeysTableWords, createApiKeyFormWords)}>
      <section className="flex flex-col gap-6">
        <div>
          <Link href={routes.settings(org.slug)} className="link inline-flex items-center gap-1 text-sm">
            <Icon name="chevron-left" />
            {t("nav.settings")}
          </Link>
          <h1 className="page-title mt-2">{t("apiKeys.title")}</h1>
          <p className="lead mt-2 max-w-3xl">{t("apiKeys.intro", { org: org.name })}</p>
          <p className="mt-1 text-sm">
            <a href={routes.apiDocs()} className="link">
              {t("apiKeys.docsLink")}
            </a>
          </p>
        </div>

        {writable && access.orgRole ? <CreateApiKeyForm slug={org.slug} roles={ASSIGNABLE_ROLES[access.orgRole]} /> : null}

        <ApiKeysTable
          slug={org.slug}
          organization={org.name}
          writable={writable}
          rows={keys.map((key) => ({
            id: key.id,
            name: key.name,
            prefix: key.prefix,
            role: key.role,
            createdBy: key.createdBy ? (key.createdBy.name ?? key.createdBy.email) : null,
            lastUsedAt: key.lastUsedAt,
            expiresAt: key.expiresAt,
            expired: key.expired,
          }))}
        />
      </section>
    </ClientMessages>
  );
}
