"use client";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import type { VerifyDomainResult } from "@/lib/domains/verify-domain";
import { buttonClass } from "@/components/ui/button";
import { useTranslations } from "@/lib/i18n/client";

type State = ActionResult<VerifyDomainResult> | null;
/** Runs the DNS check for one domain and announces its outcome. */
export function VerifyDomainButton({
  action,
  domainId,
  domain,
}: {
  action: (previous: State, formData: FormData) => Promise<State>;
  domainId: string;
  domain: string;
}) {
  const t = useTranslations("domains");
  const [state, formAction, pending] = useActionState(action, null);
  const message = state
    ? state.ok
      ? state.data.message
      : (state.formError ??
        Object.values(state.fieldErrors ?? {})
          .flat()
          .join(" "))
    : null;
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
