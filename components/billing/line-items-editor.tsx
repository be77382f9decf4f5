"use client";
import { useId, useState } from "react";
import { Plus, Trash2 } from "lucide-react";
import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/client";
import { formatMoney } from "@/lib/i18n/format";
import type { CatalogPlan, Currency } from "@/lib/billing/catalog";
import { CURRENCIES } from "@/lib/billing/catalog";
import { MAX_LINES } from "@/lib/billing/schemas";

type Line = { key: number; planId: string; quantity: string };

/**
 * Products and quantities from the catalog, in one currency (shared by Place order and
 * Request a quote). Sends the form's `planId[]`, `quantity[]` and `currency`.
 */
export function LineItemsEditor({ catalog, errors }: { catalog: CatalogPlan[]; errors: { lines?: string[]; currency?: string[] } }) {
  const t = useTranslations("billing.placeOrder");
  const locale = useLocale() === "fr" ? "fr" : "en";
  const id = useId();
  const [currency, setCurrency] = useState<Currency>("EUR");
  const [lines, setLines] = useState<Line[]>([{ key: 0, planId: catalog[0]?.id ?? "", quantity: "1" }]);
  const [nextKey, setNextKey] = useState(1);
  const update = (key: number, change: Partial<Line>) => setLines((all) => all.map((line) => (line.key === key ? { ...line, ...change } : line)));
  const total = lines.reduce((sum, line) => {
    const price = catalog.find((p) => p.id === line.planId)?.prices[currency];
    const quantity = Number(line.quantity);
    return price !== undefined && Number.isInteger(quantity) && quantity > 0 ? sum + price * quantity : sum;
  }, 0);
  const errorId = `${id}-lines-error`;
  const currencyErrorId = `${id}-currency-error`;
  return (
    <fieldset className="flex flex-col gap-3 rounded-lg bg-white p-4 ring-1 ring-slate-200">
      <legend className="px-1 text-lg font-semibold">{t("products")}</legend>
      <label className="flex max-w-48 flex-col gap-1 text-sm font-medium text-slate-800">
        {t("currency")}
        <select name="currency" value={currency} onChange={(e) => setCurrency(e.target.value as Currency)} aria-invalid={errors.currency ? true : undefined}
          aria-describedby={errors.currency ? currencyErrorId : undefined} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-normal">
          {CURRENCIES.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </label>
      {errors.currency ? <p id={currencyErrorId} className="text-sm text-red-700">{errors.currency.join(" ")}</p> : null}
      <ol className="flex flex-col gap-2">
        {lines.map((line, index) => {
          const plan = catalog.find((p) => p.id === line.planId);
          const price = plan?.prices[currency];
          return (
            <li key={line.key} className="flex flex-wrap items-end gap-2">
              <label className="flex min-w-64 flex-1 flex-col gap-1 text-sm font-medium text-slate-800">
                {t("product")} <span className="sr-only">{t("line", { line: String(index + 1) })}</span>
                <select name="planId" value={line.planId} onChange={(e) => update(line.key, { planId: e.target.value })} aria-invalid={errors.lines ? true : undefined}
                  aria-describedby={errors.lines ? errorId : undefined} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-normal">
                  {catalog.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.product} {p.plan} — {p.prices[currency] !== undefined ? t("unitPrice", { price: formatMoney(locale, p.prices[currency]!, currency) }) : t("notSold", { currency })}
                    </option>
                  ))}
                </select>
              </label>
              <label className="flex w-32 flex-col gap-1 text-sm font-medium text-slate-800">
                {t("quantity")} <span className="sr-only">{t("line", { line: String(index + 1) })}</span>
                <input name="quantity" type="number" inputMode="numeric" min={1} max={10000} step={1} value={line.quantity} onChange={(e) => update(line.key, { quantity: e.target.value })}
                  aria-invalid={errors.lines ? true : undefined} aria-describedby={errors.lines ? errorId : undefined}
                  className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-normal" />
              </label>
              <span className="min-w-28 pb-2 text-right text-sm tabular-nums text-slate-700">
                {price !== undefined && Number(line.quantity) > 0 ? formatMoney(locale, price * Math.trunc(Number(line.quantity)), currency) : "—"}
              </span>
              {lines.length > 1 ? (
                <button type="button" onClick={() => setLines((all) => all.filter((l) => l.key !== line.key))} aria-label={t("removeLine", { line: String(index + 1) })}
                  className="mb-1 rounded p-2 text-slate-500 hover:bg-red-50 hover:text-red-700">
                  <Trash2 aria-hidden="true" className="size-4" />
                </button>
              ) : null}
            </li>
          );
        })}
      </ol>
      {errors.lines ? <p id={errorId} role="alert" className="text-sm text-red-700">{errors.lines.join(" ")}</p> : null}
      <div className="flex flex-wrap items-center justify-between gap-2">
        {lines.length < MAX_LINES ? (
          <button type="button" onClick={() => { setLines((all) => [...all, { key: nextKey, planId: catalog[0]?.id ?? "", quantity: "1" }]); setNextKey((k) => k + 1); }}
            className="inline-flex items-center gap-1 rounded px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50">
            <Plus aria-hidden="true" className="size-4" />
            {t("addLine")}
          </button>
        ) : <span />}
        <p className="text-base font-semibold tabular-nums">{t("total", { amount: formatMoney(locale, total, currency) })}</p>
      </div>
    </fieldset>
  );
}
