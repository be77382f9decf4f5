"use client";
// *Apply*: hands the preview to the apply job; the page then follows its progress.
import { useRouter } from "next/navigation";
import { useTranslations } from "@/lib/i18n/client";
import { buttonClass } from "@/components/ui/button";
import { failureOf, useOrgAction, type OrgAction } from "@/components/forms/use-org-action";

export function ApplyImportButton({ slug, importId, action }: { slug: string; importId: string; action: OrgAction<{ importId: string }> }) {
  const t = useTranslations("users.import");
  const router = useRouter();
  const [state, formAction, pending] = useOrgAction(action, slug, () => router.refresh());
  const failure = failureOf(state);
  return (
    <form action={formAction} className="flex flex-col items-start gap-2">
      <input type="hidden" name="importId" value={importId} />
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        {pending ? t("applying") : t("apply")}
      </button>
      <p role="status" className="text-sm text-danger-strong">
        {failure
          ? (failure.formError ??
            Object.values(failure.fieldErrors ?? {})
              .flat()
              .join(" "))
          : ""}
      </p>
    </form>
  );
}
