// A license row as the licenses table takes it (billing-tables.tsx): compact, its date
// formatted by the server in the viewer's language.
import { formatDate, type Locale } from "@/lib/i18n";
import type { LicenseRow } from "@/lib/billing/list-licenses";
import type { LicenseWire } from "./billing-tables";

export function licenseWire(row: LicenseRow, locale: Locale): LicenseWire {
  return [
    row.id, row.product, row.licenseKey, row.orderId, row.orderNumber, row.orderVisible ? 1 : 0, Number(row.used), row.seats,
    row.validUntil ? formatDate(locale, new Date(row.validUntil)) : "", row.assignees.map((a): [string, string] => [a.id, a.email]),
  ];
}
