"use client";
import { SearchField } from "@/components/ui/search-field";
import { GetForm } from "@/components/ui/get-form";
import { CONTACT_ROLES } from "@/lib/auth/capabilities";
import { CONTACT_STATUSES, MAX_SEARCH, PAGE_SIZES } from "@/lib/contacts/list-options";
import type { ContactListQuery } from "@/lib/contacts/schemas";
import { useTranslations } from "@/lib/i18n/client";
import { buttonClass } from "@/components/ui/button";

/**
 * A plain GET form: filters live in the URL, so results can be shared and bookmarked. A
 * client component so that its options, whose words the table already brought, are not
 * sent a second time in the page's React payload. `searchError`: why the search was
 * refused (the page shows no results then), already in the reader's language.
 */
export function ContactsFilters({ query, basePath, searchError }: { query: ContactListQuery; basePath: string; searchError?: string }) {
  const t = useTranslations();
  return (
    <GetForm action={basePath} role="search" aria-label={t("contacts.searchLabel")} className="flex flex-wrap items-end gap-3">
      <SearchField
        id="contacts-search"
        label={t("contacts.searchLabel")}
        defaultValue={query.q}
        maxLength={MAX_SEARCH}
        error={searchError}
      />
      <label className="flex flex-col gap-1">
        <span className="field-label">{t("contacts.statusFilter")}</span>
        <select name="status" defaultValue={query.status ?? ""} className="field-input">
          <option value="">{t("contacts.anyStatus")}</option>
          {CONTACT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`contacts.status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="field-label">{t("contacts.roleFilter")}</span>
        <select name="role" defaultValue={query.role ?? ""} className="field-input">
          <option value="">{t("contacts.anyRole")}</option>
          {[...CONTACT_ROLES, "LICENSEE" as const, "BILLING" as const].map((role) => (
            <option key={role} value={role}>
              {t(`contactRoles.${role}`)}
            </option>
          ))}
          <option value="NONE">{t("contacts.noRole")}</option>
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="field-label">{t("contacts.pageSize")}</span>
        <select name="size" defaultValue={String(query.size)} className="field-input">
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      <div className="flex items-center gap-2">
        <button type="submit" className={buttonClass("primary")}>
          {t("contacts.apply")}
        </button>
        <a href={basePath} className={buttonClass("ghost")}>
          {t("contacts.reset")}
        </a>
      </div>
    </GetForm>
  );
}
