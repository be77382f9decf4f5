import type { Metadata } from "next";
import Link from "next/link";
import { Icon } from "@/components/ui/icon";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { describeLastError } from "@/lib/domains/check-failure";
import { listDomains } from "@/lib/domains/list-domains";
import { AddDomainForm } from "@/components/domains/add-domain-form";
import { DomainsTable } from "@/components/domains/domains-table";
import { ClientMessages } from "@/components/client-messages";
import { addDomainFormWords } from "@/components/domains/add-domain-form.words";
import { domainsTableWords } from "@/components/domains/domains-table.words";
import { words } from "@/lib/i18n/pick-messages";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("domains.title") };
}

export default async function DomainsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await requirePageAccess(slug, "domains.manage");
  const [{ t }, domains] = await Promise.all([getTranslator(), listDomains(access)]);
  const org = access.organization;
  const writable = access.canWrite();

  return (
    <ClientMessages namespaces={words(domainsTableWords, addDomainFormWords)}>
      <section className="flex flex-col gap-6">
        <div>
          <Link href={routes.settings(org.slug)} className="link inline-flex items-center gap-1 text-sm">
            <Icon name="chevron-left" />
            {t("nav.settings")}
          </Link>
          <h1 className="page-title mt-2">{t("domains.title")}</h1>
          <p className="lead mt-2 max-w-3xl">{t("domains.intro", { org: org.name })}</p>
          <p className="mt-1 max-w-3xl text-sm text-muted">{t("domains.onePerOrg")}</p>
        </div>

        {writable ? <AddDomainForm slug={org.slug} /> : null}

        <div className="flex flex-col gap-2">
          <p className="text-sm text-muted">{t("domains.record.help")}</p>
          <DomainsTable
            organization={org.name}
            writable={writable}
            slug={org.slug}
            rows={domains.map(({ createdAt: _created, ...item }) => ({
              ...item,
              lastError: item.lastError ? describeLastError(t, item.lastError) : null,
            }))}
          />
        </div>
      </section>
    </ClientMessages>
  );
}
