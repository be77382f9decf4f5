"use server";
// Thin server actions of Users → Import users: caller + locale in, use case, refresh.
import { runOrgAction } from "@/lib/actions/run-org-action";
import { uploadUserImport } from "@/lib/users/import/upload-user-import";
import { applyUserImport } from "@/lib/users/import/apply-user-import";
import { routes } from "@/lib/routes";

export async function uploadUserImportAction(slug: string, _previous: unknown, formData: FormData) {
  // The file is the one value FormData carries that is not text: handed over as it is. A call
  // with something else than a form has no file, which the use case's schema refuses.
  const file = formData instanceof FormData ? formData.get("file") : null;
  return runOrgAction(uploadUserImport, slug, { file }, (slug) => routes.userImport(slug));
}

export async function applyUserImportAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(applyUserImport, slug, formData, (slug) => ({ path: routes.userImport(slug), scope: "layout" }));
}
