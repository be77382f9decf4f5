"use client";
import { useEffect, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale } from "next-intl";
import { errorsUnder, fieldErrors, useOrgAction } from "@/components/forms/use-org-action";
import { Icon } from "@/components/ui/icon";
import { ActionForm } from "@/components/ui/action-form";
import { FormError, TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { useTranslations } from "@/lib/i18n/client";
import { routes } from "@/lib/routes";
import type { CatalogPlan } from "@/lib/billing/catalog";
import { placeOrderAction, suggestOrderContactsAction } from "@/app/orgs/[slug]/billing/actions";
import { LineItemsEditor } from "./line-items-editor";

type Contact = { id: string; name: string; email: string };

export function PlaceOrderForm({ slug, catalog }: { slug: string; catalog: CatalogPlan[] }) {
  const t = useTranslations("billing.placeOrder");
  const router = useRouter();
  const [state, action, pending] = useOrgAction(placeOrderAction, slug, (data) =>
    router.push(routes.order(slug, data.orderId, { placed: 1 })),
  );
  const [billingSame, setBillingSame] = useState(true);
  return (
    <ActionForm action={action} className="flex flex-col gap-5" noValidate>
      <FormError message={state && !state.ok ? state.formError : undefined} />
      <LineItemsEditor catalog={catalog} errors={{ lines: errorsUnder(state, "lines"), currency: fieldErrors(state, "currency") }} />
      <PersonFields slug={slug} prefix="licensee" legend={t("licensee")} help={t("licenseeHelp")} state={state} />
      <fieldset className="card flex min-w-0 flex-col gap-3 p-4">
        <legend className="section-title float-left w-full">{t("billing")}</legend>
        <p className="lead">{t("billingHelp")}</p>
        <label className="flex items-center gap-2 field-label">
          <input
            type="checkbox"
            name="billingSameAsLicensee"
            value="true"
            checked={billingSame}
            onChange={(e) => setBillingSame(e.target.checked)}
            className="size-4"
          />
          {t("billingSame")}
        </label>
        {!billingSame ? <input type="hidden" name="billingSameAsLicensee" value="false" /> : null}
        {!billingSame ? <PersonFields slug={slug} prefix="billing" legend={t("billing")} state={state} nested /> : null}
      </fieldset>
      <div className="flex justify-end">
        <button type="submit" className={buttonClass("primary")} disabled={pending}>
          {t("submit")}
        </button>
      </div>
    </ActionForm>
  );
}

type PersonProps = {
  slug: string;
  prefix: "licensee" | "billing";
  legend: string;
  help?: string;
  state: ReturnType<typeof useOrgAction>[0];
  nested?: boolean;
};

/** A contact picked from the active contacts (searched as one types), or a new person typed as name and email. */
function PersonFields({ slug, prefix, legend, help, state, nested }: PersonProps) {
  const t = useTranslations("billing.placeOrder");
  const tl = useTranslations("contacts.languages");
  const locale = useLocale();
  const id = useId();
  const [query, setQuery] = useState("");
  const [found, setFound] = useState<{ query: string; contacts: Contact[] } | null>(null);
  const [chosen, setChosen] = useState<Contact | null>(null);
  // Choosing or clearing replaces the control that had focus: focus goes to the one that replaces it.
  const moved = useRef(false);
  const clearButton = useRef<HTMLButtonElement>(null);
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    (chosen ? clearButton.current : search.current)?.focus();
  }, [chosen]);
  const searching = !chosen && query.trim().length >= 2;
  // Only the answer to the current search is shown; older answers are ignored.
  const suggestions = searching && found?.query === query ? found.contacts : null;
  useEffect(() => {
    if (!searching) return;
    let live = true;
    const timer = setTimeout(async () => {
      const result = await suggestOrderContactsAction(slug, query);
      if (live) setFound({ query, contacts: result.ok ? result.data : [] });
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, searching, slug]);
  const emailErrors = fieldErrors(state, `${prefix}Email`);
  const body = (
    <>
      {help ? <p className="lead">{help}</p> : null}
      {chosen ? (
        <div className="flex flex-wrap items-center gap-3 rounded-md bg-subtle px-3 py-2 text-sm">
          <input type="hidden" name={`${prefix}ContactId`} value={chosen.id} />
          <span role="status">{t("chosen", { name: chosen.name, email: chosen.email })}</span>
          <button
            ref={clearButton}
            type="button"
            className="link"
            onClick={() => {
              setChosen(null);
              setQuery("");
              moved.current = true;
            }}
          >
            {t("clear")}
          </button>
          {emailErrors ? (
            <p role="alert" className="field-error w-full">
              {emailErrors.join(" ")}
            </p>
          ) : null}
        </div>
      ) : (
        <>
          <div className="flex flex-col gap-1">
            <label htmlFor={`${id}-search`} className="field-label">
              {t("existing")}
            </label>
            <div className="relative max-w-md">
              <Icon name="search" className="pointer-events-none absolute left-2.5 top-2.5 size-4 text-muted" />
              <input
                ref={search}
                id={`${id}-search`}
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                placeholder={t("searchContacts")}
                aria-describedby={`${id}-results`}
                autoComplete="off"
                className="field-input pl-8"
              />
            </div>
            <div id={`${id}-results`} aria-live="polite">
              {suggestions && suggestions.length === 0 ? <p className="text-sm text-muted">{t("noMatch")}</p> : null}
              {suggestions && suggestions.length > 0 ? (
                <ul className="mt-1 flex max-w-md flex-col divide-y divide-line rounded-md ring-1 ring-line">
                  {suggestions.map((c) => (
                    <li key={c.id}>
                      <button
                        type="button"
                        onClick={() => {
                          setChosen(c);
                          moved.current = true;
                        }}
                        aria-label={t("choose", { name: `${c.name} (${c.email})` })}
                        className="flex w-full flex-col items-start px-3 py-2 text-left text-sm hover:bg-hover"
                      >
                        <span className="font-medium">{c.name}</span>
                        <span className="text-muted">{c.email}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </div>
          <div className="grid gap-3 sm:grid-cols-3">
            <TextField
              name={`${prefix}Name`}
              label={t("name")}
              autoComplete="off"
              maxLength={120}
              errors={fieldErrors(state, `${prefix}Name`)}
            />
            <TextField name={`${prefix}Email`} type="email" label={t("email")} autoComplete="off" maxLength={254} errors={emailErrors} />
            <label className="flex flex-col gap-1">
              <span className="field-label">{t("language")}</span>
              <select name={`${prefix}Language`} defaultValue={locale === "fr" ? "fr" : "en"} className="field-input">
                <option value="en">{tl("en")}</option>
                <option value="fr">{tl("fr")}</option>
              </select>
            </label>
          </div>
        </>
      )}
    </>
  );
  if (nested) return <div className="flex flex-col gap-3 border-t border-line pt-3">{body}</div>;
  return (
    <fieldset className="card flex min-w-0 flex-col gap-3 p-4">
      <legend className="section-title float-left w-full">{legend}</legend>
      {body}
    </fieldset>
  );
}
