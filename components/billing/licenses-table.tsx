import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n";
import type { MessagePath } from "@/lib/i18n/pick-messages";
import type { LicenseRow } from "@/lib/billing/list-licenses";
import { AssignSeatButton, RevokeSeatButton } from "./seat-buttons";

/** The strings the seat buttons need on the client. */
export const LICENSE_CLIENT_MESSAGES: readonly MessagePath[] = ["billing.licenses", "billing.errors", "common.cancel", "common.close"];

/** Licenses with their seats and assignees; Assign and Revoke for those who manage license assignment. */
export async function LicensesTable({ slug, rows, caption, canManage, showOrder }: { slug: string; rows: LicenseRow[]; caption: string; canManage: boolean; showOrder: boolean }) {
  const { t, locale } = await getTranslator();
  const base = `/orgs/${slug}/billing`;
  const columns = showOrder ? 6 : 5;
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">{t("billing.licenses.columns.product")}</th>
            <th scope="col" className="px-3 py-2">{t("billing.licenses.columns.key")}</th>
            {showOrder ? <th scope="col" className="px-3 py-2">{t("billing.licenses.columns.order")}</th> : null}
            <th scope="col" className="px-3 py-2">{t("billing.licenses.columns.seats")}</th>
            <th scope="col" className="px-3 py-2">{t("billing.licenses.columns.validUntil")}</th>
            <th scope="col" className="px-3 py-2">{t("billing.licenses.columns.assignees")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.length === 0 ? (
            <tr><td colSpan={columns} className="px-3 py-6 text-center text-slate-600">{t("billing.licenses.empty")}</td></tr>
          ) : rows.map((license) => (
            <tr key={license.id} className="align-top">
              <th scope="row" className="whitespace-nowrap px-3 py-2 font-medium">{license.product}</th>
              <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{license.licenseKey}</td>
              {showOrder ? (
                <td className="whitespace-nowrap px-3 py-2">
                  {license.orderVisible ? <Link href={`${base}/orders/${license.orderId}`} className="text-brand-700 hover:underline">{license.orderNumber}</Link> : license.orderNumber}
                </td>
              ) : null}
              <td className="whitespace-nowrap px-3 py-2">{t("billing.licenses.seatsUsed", { used: Number(license.used), seats: license.seats })}</td>
              <td className="whitespace-nowrap px-3 py-2">{license.validUntil ? formatDate(locale, new Date(license.validUntil)) : "—"}</td>
              <td className="px-3 py-2">
                <ul className="flex flex-col gap-1">
                  {license.assignees.length === 0 ? <li className="text-slate-500">{t("billing.licenses.noAssignee")}</li> : null}
                  {license.assignees.map((a) => (
                    <li key={a.id} className="flex items-center gap-1">
                      <span className="whitespace-nowrap">{a.email}</span>
                      {canManage ? <RevokeSeatButton slug={slug} assignmentId={a.id} email={a.email} /> : null}
                    </li>
                  ))}
                  {Number(license.used) > license.assignees.length ? <li className="text-slate-600">{t("billing.licenses.moreAssignees", { count: Number(license.used) - license.assignees.length })}</li> : null}
                </ul>
                {canManage && Number(license.used) < license.seats ? (
                  <AssignSeatButton slug={slug} licenseId={license.id} product={license.product} left={license.seats - Number(license.used)} />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
