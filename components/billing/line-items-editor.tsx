"use client";
import { useId, useState } from "react";
import { Icon } from "@/components/ui/icon";
import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/client";
import { formatMoney } from "@/lib/i18n/format";
import type { CatalogPlan, Currency } from "@/lib/billing/catalog";
import { CURRENCIES } from "@/lib/billing/catalog";
import { MAX_LINES } from "@/lib/billing/schemas";

type Line = { key: number; planId: string; quantity: string };

/** A refused submission's errors of the lines: "lines" (the list) and "lines.<n>…" (one line). */
export type LineErrors = Record<string, string[]>;

/**
 * Products and quantities from the catalog, in one currency (shared by Place order and
 * Request a quote). Sends the form's `planId[]`, `quantity[]` and `currency`. A line's
 * errors show under that line; the list's own under the list.
 */
export function LineItemsEditor({ catalog, errors }: { catalog: CatalogPlan[]; errors: { lines?: LineErrors; currency?: string[] } }) {
  const t = useTranslations("billing.placeOrder");
  const locale = useLocale() === "fr" ? "fr" : "en";
  const id = useId();
  const [currency, setCurrency] = useState<Currency>("EUR");
  const [lines, setLines] = useState<Line[]>([{ key: 0, planId: catalog[0]?.id ?? "", quantity: "1" }]);
  const [nextKey, setNextKey] = useState(1);
  const update = (key: number, change: Partial<Line>) =>
    setLines((all) => all.map((line) => (line.key === key ? { ...line, ...change } : line)));
  const total = lines.reduce((sum, line) => {
    const price = catalog.find((p) => p.id === line.planId)?.prices[currency];
    const quantity = Number(line.quantity);
    return price !== undefined && Number.isInteger(quantity) && quantity > 0 ? sum + price * quantity : sum;
  }, 0);
  const entries = Object.entries(errors.lines ?? {});
  const lineErrors = (index: number) =>
    entries.filter(([key]) => key === `lines.${index}` || key.startsWith(`lines.${index}.`)).flatMap(([, messages]) => messages);
  const listErrors = entries.filter(([key]) => !/^lines\.\d+/.test(key)).flatMap(([, messages]) => messages);
  const listErrorId = `${id}-lines-error`;
  const currencyErrorId = `${id}-currency-error`;
  return (
    <fieldset className="card flex min-w-0 flex-col gap-4 p-4">
      {/* Floated: the legend lays out as the section's heading inside the card, not on its edge. */}
      <legend className="section-title float-left w-full">{t("products")}</legend>
      <div className="flex max-w-48 flex-col gap-1">
        <label htmlFor={`${id}-currency`} className="field-label">
          {t("currency")}
        </label>
        <select
          id={`${id}-currency`}
          name="currency"
          value={currency}
          onChange={(e) => setCurrency(e.target.value as Currency)}
          aria-invalid={errors.currency ? true : undefined}
          aria-describedby={errors.currency ? currencyErrorId : undefined}
          className="field-input"
        >
          {CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
        {errors.currency ? (
          <p id={currencyErrorId} className="field-error">
            {errors.currency.join(" ")}
          </p>
        ) : null}
      </div>
      <ol className="flex flex-col gap-3">
        {lines.map((line, index) => {
          const plan = catalog.find((p) => p.id === line.planId);
          const price = plan?.prices[currency];
          const own = lineErrors(index);
          const errorId = own.length ? `${id}-line-${line.key}-error` : listErrors.length ? listErrorId : undefined;
          const invalid = own.length > 0 || listErrors.length > 0 ? true : undefined;
          return (
            <li key={line.key} className="flex flex-col gap-1">
              <div className="flex flex-wrap items-end gap-2">
                <div className="flex min-w-0 flex-[1_1_16rem] flex-col gap-1">
                  <label htmlFor={`${id}-plan-${line.key}`} className="field-label">
                    {t("product")} <span className="sr-only">{t("line", { line: String(index + 1) })}</span>
                  </label>
                  <select
                    id={`${id}-plan-${line.key}`}
                    name="planId"
                    value={line.planId}
                    onChange={(e) => update(line.key, { planId: e.target.value })}
                    aria-invalid={invalid}
                    aria-describedby={errorId}
                    className="field-input"
                  >
                    {catalog.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.product} {p.plan} —{" "}
                        {p.prices[currency] !== undefined
                          ? t("unitPrice", { price: formatMoney(locale, p.prices[currency]!, currency) })
                          : t("notSold", { currency })}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="flex w-28 flex-col gap-1">
                  <label htmlFor={`${id}-qty-${line.key}`} className="field-label">
                    {t("quantity")} <span className="sr-only">{t("line", { line: String(index + 1) })}</span>
                  </label>
                  <input
                    id={`${id}-qty-${line.key}`}
                    name="quantity"
                    type="number"
                    inputMode="numeric"
                    min={1}
                    max={10000}
                    step={1}
                    value={line.quantity}
                    onChange={(e) => update(line.key, { quantity: e.target.value })}
                    aria-invalid={invalid}
                    aria-describedby={errorId}
                    className="field-input"
                  />
                </div>
                <span className="min-w-24 pb-2 text-right text-sm tabular-nums text-muted">
                  {price !== undefined && Number(line.quantity) > 0
                    ? formatMoney(locale, price * Math.trunc(Number(line.quantity)), currency)
                    : "—"}
                </span>
                {lines.length > 1 ? (
                  <button
                    type="button"
                    onClick={() => setLines((all) => all.filter((l) => l.key !== line.key))}
                    aria-label={t("removeLine", { line: String(index + 1) })}
                    className="icon-btn mb-1"
                    data-tone="danger"
                  >
                    <Icon name="trash" className="" />
                  </button>
                ) : null}
              </div>
              {own.length ? (
                <p id={`${id}-line-${line.key}-error`} className="field-error">
                  {own.join(" ")}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {listErrors.length ? (
        <p id={listErrorId} role="alert" className="field-error">
          {listErrors.join(" ")}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2">
        {lines.length < MAX_LINES ? (
          <button
            type="button"
            onClick={() => {
              setLines((all) => [...all, { key: nextKey, planId: catalog[0]?.id ?? "", quantity: "1" }]);
              setNextKey((k) => k + 1);
            }}
            className="row-action"
          >
            <Icon name="plus" className="" />
            {t("addLine")}
          </button>
        ) : (
          <span />
        )}
        <p className="text-base font-semibold tabular-nums">{t("total", { amount: formatMoney(locale, total, currency) })}</p>
      </div>
    </fieldset>
  );
}
