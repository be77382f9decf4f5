import { GetForm } from "@/components/ui/get-form";
import { ORG_ROLES } from "@/lib/auth/capabilities";
import { USER_PAGE_SIZES, USER_SORTS, USER_STATUSES, type UserListQuery } from "@/lib/users/schemas";
import { getTranslator } from "@/lib/i18n/server";
import { MAX_SEARCH } from "@/lib/contacts/schemas";

const select = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-normal";

/** A plain GET form: search, filters and sort live in the URL, so a view can be shared. */
export async function UsersFilters({ query, basePath, searchError }: { query: UserListQuery; basePath: string; searchError?: string }) {
  const { t } = await getTranslator();
  return (
    <GetForm action={basePath} role="search" aria-label={t("users.searchLabel")} className="flex flex-wrap items-end gap-3">
      <label className="flex min-w-56 flex-1 flex-col gap-1 text-sm font-medium">
        {t("users.searchLabel")}
        <input type="search" name="q" defaultValue={query.q} maxLength={MAX_SEARCH} aria-invalid={searchError ? true : undefined} aria-describedby={searchError ? "users-search-error" : undefined} className={select} />
        {searchError ? <span id="users-search-error" role="alert" className="text-sm font-normal text-red-700">{searchError}</span> : null}
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("users.roleFilter")}
        <select name="role" defaultValue={query.role ?? ""} className={select}>
          <option value="">{t("users.anyRole")}</option>
          {ORG_ROLES.map((role) => <option key={role} value={role}>{t(`roles.${role}`)}</option>)}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("users.statusFilter")}
        <select name="status" defaultValue={query.status ?? ""} className={select}>
          <option value="">{t("users.anyStatus")}</option>
          {USER_STATUSES.map((status) => <option key={status} value={status}>{t(`users.status.${status}`)}</option>)}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("users.sortLabel")}
        <select name="sort" defaultValue={query.sort} className={select}>
          {USER_SORTS.map((sort) => <option key={sort} value={sort}>{t(`users.sorts.${sort}`)}</option>)}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("users.pageSize")}
        <select name="size" defaultValue={String(query.size)} className={select}>
          {USER_PAGE_SIZES.map((size) => <option key={size} value={size}>{size}</option>)}
        </select>
      </label>
      <button type="submit" className="rounded-md bg-slate-900 px-3 py-2 text-sm font-semibold text-white hover:bg-slate-700">{t("users.apply")}</button>
      <a href={basePath} className="px-2 py-2 text-sm font-medium text-slate-700 hover:underline">{t("users.reset")}</a>
    </GetForm>
  );
}
