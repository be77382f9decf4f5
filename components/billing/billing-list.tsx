// The one list page of the Billing area (orders, invoices, quotes, licenses): a heading with
// its action, an optional filter, the result count, the list's table (the kit's DataTable,
// billing-tables.tsx) and the kit's pager over the list's page (lib/pagination), read by
// page number with a capped count.
import type { ReactNode } from "react";
import { getTranslator } from "@/lib/i18n/server";
import type { ListPage } from "@/lib/pagination/page-nav";
import { Pagination } from "@/components/ui/pagination";
import { NoticeRegion } from "@/components/ui/notice";
import { GetForm } from "@/components/ui/get-form";
import { buttonClass } from "@/components/ui/button";
import css from "./billing-list.module.css";

type Props = {
  title: string;
  /** Buttons or links beside the heading. */
  actions?: ReactNode;
  /** A filter form above the list. */
  filter?: ReactNode;
  page: ListPage<unknown>;
  /** The list's URL at another page (its filters kept). */
  hrefFor: (page: number) => string;
  /** The table, then the dialogs its rows open (rendered once per page). */
  children: ReactNode;
  /** After the pager. */
  after?: ReactNode;
};

export async function BillingList({ title, actions, filter, page, hrefFor, children, after }: Props) {
  const { t, locale } = await getTranslator();
  const { nav, total } = page;
  const capped = total.kind !== "exact";
  const count = total.count;
  return (
    <section aria-labelledby="list-title" className={`flex flex-col gap-4 ${css.list}`}>
      {actions ? (
        <header className="flex flex-wrap items-start justify-between gap-3">
          <h1 id="list-title" className="page-title">
            {title}
          </h1>
          {actions}
        </header>
      ) : (
        <h1 id="list-title" className="page-title">
          {title}
        </h1>
      )}
      <NoticeRegion />
      {filter}
      <p role="status" className="text-sm text-muted">
        {capped
          ? t("billing.resultsCapped", { count: count.toLocaleString(locale === "fr" ? "fr-FR" : "en-GB") })
          : t("billing.results", { count })}
      </p>
      {children}
      <Pagination
        page={nav.page}
        hasPrevious={!!nav.previous}
        hasNext={!!nav.next}
        lastPage={capped ? null : nav.pages}
        hrefFor={hrefFor}
        labels={{
          navigation: t("pagination.navigation"),
          previous: t("pagination.previous"),
          next: t("pagination.next"),
          page: (n) => t("pagination.page", { page: n }),
          status: t(capped ? "pagination.pageOfAtLeast" : "pagination.pageOf", { page: nav.page, pages: nav.pages }),
        }}
      />
      {after}
    </section>
  );
}

/** A filter of a billing list: one select, applied by a button (a GET form: works without script too). */
export async function SelectFilter({
  action,
  name,
  label,
  value,
  options,
}: {
  action: string;
  name: string;
  label: string;
  value?: string;
  options: { value: string; label: string }[];
}) {
  const { t } = await getTranslator();
  return (
    <GetForm action={action} className="flex flex-wrap items-end gap-2">
      <label className="flex flex-col gap-1">
        <span className="field-label">{label}</span>
        <select name={name} defaultValue={value ?? ""} className="field-input">
          <option value="">{t("billing.any")}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className={buttonClass("secondary")}>
        {t("billing.apply")}
      </button>
    </GetForm>
  );
}
