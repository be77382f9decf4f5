import type { Metadata } from "next";
import Link from "next/link";
import { Icon } from "@/components/ui/icon";
import { NoticeRegion } from "@/components/ui/notice";
import { requirePageAccess } from "@/lib/auth/page-guard";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n";
import { routes } from "@/lib/routes";
import { deletionDateOf } from "@/lib/subscription/deletion-schedule";
import { ConfirmNameDialog } from "@/components/subscription/confirm-name-dialog";
import { cancelSubscriptionAction, deleteOrganizationNowAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("subscription.title") };
}

/**
 * Settings → Subscription (org admins): the state, and Cancel subscription, or (cancelled)
 * Delete now; Reactivate is on the banner of every page. No query but the guard's.
 */
export default async function SubscriptionPage({ params }: { params: Promise<{ slug: string }> }) {
  const access = await requirePageAccess((await params).slug, "subscription.cancel");
  const { t, locale } = await getTranslator();
  const org = access.organization;
  const cancelled = org.subscriptionStatus === "CANCELLED";
  const date = (value: Date) => formatDate(locale, value, { dateStyle: "long" });
  const common = { cancel: t("common.cancel"), close: t("common.close") };
  return (
    <section className="flex flex-col gap-6">
      <div>
        <Link href={routes.settings(org.slug)} className="link inline-flex items-center gap-1 text-sm">
          <Icon name="chevron-left" />
          {t("nav.settings")}
        </Link>
        <h1 className="page-title mt-2">{t("subscription.title")}</h1>
      </div>
      <NoticeRegion />
      <div className="card flex flex-col gap-3 p-4">
        <dl className="flex gap-2">
          <dt className="font-semibold">{t("subscription.status.label")}</dt>
          <dd>{t(`subscription.status.${org.subscriptionStatus}`)}</dd>
        </dl>
        {cancelled && org.deletionScheduledAt ? (
          <>
            <p>{t("subscription.deletionOn", { date: date(org.deletionScheduledAt) })}</p>
            <p className="text-sm text-muted">{t("subscription.bannerReadOnly")}</p>
            <div className="flex flex-wrap items-start gap-3">
              <ConfirmNameDialog
                words={{
                  ...common,
                  open: t("subscription.deleteNow.open"),
                  title: t("subscription.deleteNow.title", { org: org.name }),
                  confirmLabel: t("subscription.deleteNow.confirmLabel", { org: org.name }),
                  submit: t("subscription.deleteNow.submit"),
                }}
                action={deleteOrganizationNowAction.bind(null, org.slug)}
              >
                <p>{t("subscription.deleteNow.body")}</p>
              </ConfirmNameDialog>
            </div>
          </>
        ) : (
          <>
            <p>{t("subscription.activeIntro", { org: org.name })}</p>
            <div>
              <ConfirmNameDialog
                words={{
                  ...common,
                  open: t("subscription.cancel.open"),
                  title: t("subscription.cancel.title", { org: org.name }),
                  confirmLabel: t("subscription.cancel.confirmLabel", { org: org.name }),
                  submit: t("subscription.cancel.submit"),
                  // Not "Cancel" next to "Cancel subscription": say which way each goes.
                  cancel: t("subscription.cancel.keep"),
                  done: t("subscription.cancel.done"),
                }}
                action={cancelSubscriptionAction.bind(null, org.slug)}
              >
                <h3 className="font-semibold">{t("subscription.cancel.what")}</h3>
                <ul className="flex list-disc flex-col gap-1 pl-5">
                  <li>{t("subscription.cancel.readOnly")}</li>
                  <li>{t("subscription.cancel.deletion", { date: date(deletionDateOf(new Date())) })}</li>
                  <li>{t("subscription.cancel.accounts")}</li>
                  <li>{t("subscription.cancel.undo")}</li>
                  <li>{t("subscription.cancel.emails")}</li>
                </ul>
              </ConfirmNameDialog>
            </div>
          </>
        )}
      </div>
    </section>
  );
}
