import { GetForm } from "@/components/ui/get-form";
import { CONTACT_ROLES } from "@/lib/auth/capabilities";
import { CONTACT_STATUSES, MAX_SEARCH, PAGE_SIZES, type ContactListQuery } from "@/lib/contacts/schemas";
import { getTranslator } from "@/lib/i18n/server";

/** A plain GET form: filters live in the URL, so results can be shared and bookmarked. */
export async function ContactsFilters({ query, basePath, searchError }: { query: ContactListQuery; basePath: string; searchError?: string }) {
  const { t } = await getTranslator();
  const select = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";
  return (
    <GetForm action={basePath} role="search" aria-label={t("contacts.searchLabel")} className="flex flex-wrap items-end gap-3">
      <div className="flex min-w-56 flex-1 flex-col gap-1">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("contacts.searchLabel")}
          <input type="search" name="q" defaultValue={query.q} maxLength={MAX_SEARCH} aria-invalid={searchError ? true : undefined} aria-describedby={searchError ? "contacts-search-error" : undefined} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-normal" />
        </label>
        {searchError ? <p id="contacts-search-error" role="alert" className="text-sm text-red-700">{searchError}</p> : null}
      </div>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("contacts.statusFilter")}
        <select name="status" defaultValue={query.status ?? ""} className={select}>
          <option value="">{t("contacts.anyStatus")}</option>
          {CONTACT_STATUSES.map((status) => <option key={status} value={status}>{t(`contacts.status.${status}`)}</option>)}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("contacts.roleFilter")}
        <select name="role" defaultValue={query.role ?? ""} className={select}>
          <option value="">{t("contacts.anyRole")}</option>
          {[...CONTACT_ROLES, "LICENSEE" as const, "BILLING" as const].map((role) => <option key={role} value={role}>{t(`contactRoles.${role}`)}</option>)}
          <option value="NONE">{t("contacts.noRole")}</option>
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("contacts.pageSize")}
        <select name="size" defaultValue={String(query.size)} className={select}>
          {PAGE_SIZES.map((size) => <option key={size} value={size}>{size}</option>)}
        </select>
      </label>
      <button type="submit" className="rounded-md bg-slate-900 px-3 py-2 text-sm font-semibold text-white hover:bg-slate-700">{t("contacts.apply")}</button>
      <a href={basePath} className="px-2 py-2 text-sm font-medium text-slate-700 hover:underline">{t("contacts.reset")}</a>
    </GetForm>
  );
}
