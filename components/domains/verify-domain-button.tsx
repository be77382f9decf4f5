"use client";
import { verifyDomainAction } from "@/app/orgs/[slug]/settings/domains/actions";
import type { VerifyDomainResult } from "@/lib/domains/verify-domain";
import { failureMessage, useOrgAction } from "@/components/forms/use-org-action";
import { buttonClass } from "@/components/ui/button";
import { useTranslations } from "@/lib/i18n/client";

/** Runs the DNS check for one domain and announces its outcome. */
export function VerifyDomainButton({ slug, domainId, domain }: { slug: string; domainId: string; domain: string }) {
  const t = useTranslations("domains");
  const [state, formAction, pending] = useOrgAction<VerifyDomainResult>(verifyDomainAction, slug);
  const message = state ? (state.ok ? state.data.message : (failureMessage(state) ?? "")) : null;
  const failed = !!state && (!state.ok || state.data.status !== "VERIFIED");
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="domainId" value={domainId} />
      <button type="submit" className={buttonClass("primary", "btn-sm")} disabled={pending}>
        {pending ? t("verifying") : t("verify")}
        <span className="sr-only"> {domain}</span>
      </button>
      <p role="status" className={`max-w-56 text-left text-xs whitespace-normal ${failed ? "text-danger-strong" : "text-ok-strong"}`}>
        {message}
      </p>
    </form>
  );
}
