"use client";
// A plain GET form: search, filters and sort live in the URL, so a view can be shared. A client
// component, so its options, whose words the table already brought, are not sent twice.
import { SearchField } from "@/components/ui/search-field";
import { GetForm } from "@/components/ui/get-form";
import { buttonClass } from "@/components/ui/button";
import { ORG_ROLES } from "@/lib/auth/capabilities";
import { USER_PAGE_SIZES, USER_SORTS, USER_STATUSES } from "@/lib/users/list-options";
import type { UserListQuery } from "@/lib/users/schemas";
import { MAX_SEARCH } from "@/lib/contacts/list-options";
import { useTranslations } from "@/lib/i18n/client";

export function UsersFilters({ query, basePath, searchError }: { query: UserListQuery; basePath: string; searchError?: string }) {
  const t = useTranslations();
  return (
    <GetForm action={basePath} role="search" aria-label={t("users.searchLabel")} className="flex flex-wrap items-end gap-3">
      <SearchField id="users-search" label={t("users.searchLabel")} defaultValue={query.q} maxLength={MAX_SEARCH} error={searchError} />
      <label className="flex flex-col gap-1">
        <span className="field-label">{t("users.roleFilter")}</span>
        <select name="role" defaultValue={query.role ?? ""} className="field-input">
          <option value="">{t("users.anyRole")}</option>
          {ORG_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="field-label">{t("users.statusFilter")}</span>
        <select name="status" defaultValue={query.status ?? ""} className="field-input">
          <option value="">{t("users.anyStatus")}</option>
          {USER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`users.status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="field-label">{t("users.sortLabel")}</span>
        <select name="sort" defaultValue={query.sort} className="field-input">
          {USER_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`users.sorts.${sort}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="field-label">{t("users.pageSize")}</span>
        <select name="size" defaultValue={String(query.size)} className="field-input">
          {USER_PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      <div className="flex items-center gap-2">
        <button type="submit" className={buttonClass("primary")}>
          {t("users.apply")}
        </button>
        <a href={basePath} className={buttonClass("ghost")}>
          {t("users.reset")}
        </a>
      </div>
    </GetForm>
  );
}
