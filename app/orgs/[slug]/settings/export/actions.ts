"use server";
import { runOrgAction } from "@/lib/actions/run-org-action";
import { requestDataExportAction } from "@/lib/data-export/data-export-actions";
import { routes } from "@/lib/routes";

export async function requestDataExportFormAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(requestDataExportAction, slug, formData, (slug) => routes.dataExport(slug));
}
