import type { Metadata } from "next";
import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { requireSignedIn } from "@/lib/auth/page-guard";
import { listUserOrganizations } from "@/lib/orgs/list-user-organizations";
import { CreateOrganizationForm } from "@/components/create-organization-form";
import { ClientMessages } from "@/components/client-messages";
import { createOrganizationFormWords } from "@/components/create-organization-form.words";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  // The root layout's template names only the pages below it, not this one beside it.
  return { title: { absolute: t("ui.titles.page", { page: t("home.title") }) } };
}

export default async function HomePage() {
  const user = await requireSignedIn("/");
  const [{ t }, organizations] = await Promise.all([getTranslator(), listUserOrganizations(user.id)]);
  return (
    <main id="main" className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-[2fr_1fr]">
      <section aria-labelledby="orgs-title">
        <h1 id="orgs-title" className="page-title">
          {t("home.title")}
        </h1>
        {organizations.length === 0 ? (
          <p className="mt-4 text-muted">{t("home.empty")}</p>
        ) : (
          <ul className="mt-4 card divide-y divide-line">
            {organizations.map((org) => (
              <li key={org.id} className="flex items-center justify-between px-4 py-3">
                <div>
                  <Link href={routes.organization(org.slug)} className="link font-semibold" aria-label={t("home.open", { name: org.name })}>
                    {org.name}
                  </Link>
                  <p className="text-sm text-muted">/orgs/{org.slug}</p>
                </div>
                {org.memberships[0] ? (
                  <span className="text-sm text-muted">{t("home.role", { role: t(`roles.${org.memberships[0].role}`) })}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="create-title" className="card p-6">
        <h2 id="create-title" className="mb-4 text-lg font-semibold">
          {t("home.createTitle")}
        </h2>
        <ClientMessages namespaces={createOrganizationFormWords}>
          <CreateOrganizationForm />
        </ClientMessages>
      </section>
    </main>
  );
}
