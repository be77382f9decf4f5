import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { db } from "@/lib/db/prisma";
import { loadPlanPage } from "@/lib/orgs/load-plan";
import { routes } from "@/lib/routes";
import { ClientMessages } from "@/components/client-messages";
import { changePlanDialogWords } from "@/components/settings/change-plan-dialog.words";
import { words } from "@/lib/i18n/pick-messages";
import { NoticeRegion } from "@/components/ui/notice";
import { ChangePlanDialog } from "@/components/settings/change-plan-dialog";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("settings.plan.title") };
}

// SPEC §2 "manage the subscription (change plan)": org and billing admins.
export default async function PlanPage({ params }: { params: Promise<{ slug: string }> }) {
  const access = await requirePageAccess((await params).slug, "subscription.manage");
  const { t } = await getTranslator();
  const page = await loadPlanPage(db, access);
  const canChange = access.canWrite("subscription.manage") && page.plans.length > 1;
  const slug = access.organization.slug;
  return (
    <ClientMessages namespaces={words(canChange && changePlanDialogWords)}>
      <section aria-labelledby="plan-title" className="flex flex-col gap-5">
        <header>
          <p className="text-sm">
            <Link href={routes.settings(slug)} className="link">
              {t("settings.title")}
            </Link>
          </p>
          <h1 id="plan-title" className="page-title">
            {t("settings.plan.title")}
          </h1>
          <p className="lead mt-1">{t("settings.plan.intro", { org: access.organization.name })}</p>
        </header>
        <NoticeRegion />
        <section aria-labelledby="current-plan-title" className="card p-4">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <h2 id="current-plan-title" className="section-title">
              {t("settings.plan.current")}
            </h2>
            {canChange ? <ChangePlanDialog slug={slug} product={page.product} currentPlanId={page.plan.id} plans={page.plans} /> : null}
          </div>
          <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium text-muted">{t("settings.plan.product")}</dt>
            <dd>{page.product}</dd>
            <dt className="font-medium text-muted">{t("settings.plan.title")}</dt>
            <dd className="font-semibold">{page.plan.name}</dd>
            <dt className="font-medium text-muted">{t("settings.plan.seats")}</dt>
            <dd>
              {t("settings.plan.seatsValue", { used: page.seatsUsed, included: page.seatsIncluded })}
              <meter
                className="ml-3 align-middle"
                min={0}
                max={Math.max(page.seatsIncluded, page.seatsUsed, 1)}
                value={page.seatsUsed}
                aria-label={t("settings.plan.seats")}
              />
            </dd>
          </dl>
          <p className="mt-3 text-sm text-muted">{t("settings.plan.seatsHint", { product: page.product })}</p>
          {page.seatsUsed > page.seatsIncluded ? (
            <p role="status" className="notice-warn mt-3">
              {t("settings.plan.overSeats", { product: page.product })}
            </p>
          ) : null}
        </section>
      </section>
    </ClientMessages>
  );
}
