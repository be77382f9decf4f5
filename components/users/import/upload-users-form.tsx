"use client";
// *Preview the file*: sends the CSV file (refused here at once when over the size limit, as
// the server would), then opens its import page, which follows the preview.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "@/lib/i18n/client";
import { routes } from "@/lib/routes";
import { buttonClass } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { failureOf, fieldErrors, useOrgAction, type OrgAction } from "@/components/forms/use-org-action";
import { MAX_IMPORT_BYTES } from "@/lib/users/import/import-limits";

export function UploadUsersForm({ slug, action }: { slug: string; action: OrgAction<{ importId: string }> }) {
  const t = useTranslations("users.import");
  const router = useRouter();
  const [tooLarge, setTooLarge] = useState(false);
  const [state, formAction, pending] = useOrgAction(action, slug, (data) => router.push(routes.userImportPreview(slug, data.importId)));
  const errors = tooLarge ? [t("errors.tooLarge", { max: String(MAX_IMPORT_BYTES / 1_000_000) })] : fieldErrors(state, "file");
  const formError = failureOf(state)?.formError;
  return (
    <form
      action={formAction}
      className="flex flex-col items-start gap-3"
      onSubmit={(event) => {
        const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
        const over = !!file && file.size > MAX_IMPORT_BYTES;
        setTooLarge(over);
        if (over) event.preventDefault();
      }}
    >
      <div className="flex min-w-0 flex-col gap-1">
        <label htmlFor="users-file" className="field-label">
          {t("fileLabel")}
        </label>
        <input
          id="users-file"
          name="file"
          type="file"
          required
          accept=".csv,text/csv"
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? "users-file-error" : undefined}
          className="field-input"
          onChange={() => setTooLarge(false)}
        />
        {errors?.length ? (
          <p id="users-file-error" className="field-error">
            {errors.join(" ")}
          </p>
        ) : null}
      </div>
      <button type="submit" className={buttonClass("primary")} disabled={pending}>
        <Icon name="upload" />
        {pending ? t("uploading") : t("upload")}
      </button>
      <p role="status" className="text-sm text-danger-strong">
        {formError ?? ""}
      </p>
    </form>
  );
}
