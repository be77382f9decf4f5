// The banner of every page of a cancelled organization (the layout shows it from the
// guard's row: no query of its own), with Reactivate for the org admins.
import { getTranslator } from "@/lib/i18n/server";
import { reactivateSubscriptionAction } from "@/app/orgs/[slug]/settings/subscription/actions";
import { ReactivateButton } from "./reactivate-button";

export async function CancelledBanner({ slug, date, canReactivate }: { slug: string; date: string; canReactivate: boolean }) {
  const { t } = await getTranslator();
  return (
    <section aria-label={t("subscription.status.CANCELLED")} className="notice-warn mt-2 flex flex-wrap items-center justify-between gap-3">
      <p>
        <strong>{t("subscription.banner", { date })}</strong> {t("subscription.bannerReadOnly")}
      </p>
      {canReactivate ? (
        <ReactivateButton
          label={t("subscription.reactivate.submit")}
          done={t("subscription.reactivate.done")}
          action={reactivateSubscriptionAction.bind(null, slug)}
        />
      ) : null}
    </section>
  );
}
