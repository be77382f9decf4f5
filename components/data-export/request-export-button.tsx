"use client";
// *Export all data*: asks for an export; the answer (started, or refused while one runs) is
// announced next to the button.
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { buttonClass } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { useTranslations } from "@/lib/i18n/client";

type State = ActionResult<{ id: string }> | null;

export function RequestExportButton({ action }: { action: (previous: State, formData: FormData) => Promise<State> }) {
  const t = useTranslations("dataExport");
  const [state, formAction, pending] = useActionState(action, null);
  const message = state ? (state.ok ? t("requested") : (state.formError ?? "")) : "";
  return (
    <form action={formAction} className="flex flex-col items-start gap-2">
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        <Icon name="download" />
        {t("request")}
      </button>
      <p role="status" className={state && !state.ok ? "text-sm text-danger-strong" : "text-sm text-ok-strong"}>
        {message}
      </p>
    </form>
  );
}
