import { csvLine } from "@/lib/csv";
import type { Translate } from "@/lib/i18n";
import type { ContactRow } from "./list-contacts";

export function contactsCsvHeader(t: Translate): string {
  return csvLine(
    (["name", "email", "phone", "language", "status", "roles", "orders"] as const).map((column) => t(`contacts.csv.${column}`)),
  );
}

export function contactCsvLine(row: ContactRow, t: Translate): string {
  const orderRoles = row.orderRoles
    .flatMap((order) => [
      order.licensee ? t("contacts.orderRole", { role: t("contactRoles.LICENSEE"), number: order.number }) : null,
      order.billing ? t("contacts.orderRole", { role: t("contactRoles.BILLING"), number: order.number }) : null,
    ])
    .filter(Boolean);
  const more = row.orderRoleCount - row.orderRoles.length;
  if (more > 0) orderRoles.push(t("contacts.moreOrders", { count: more }));
  // The language as a word of the export's language ("French", "Français"), like the list shows it.
  return csvLine([
    row.name,
    row.email,
    row.phone,
    t(`contacts.languages.${row.language}`),
    t(`contacts.status.${row.status}`),
    row.roles.map((role) => t(`contactRoles.${role}`)).join("; "),
    orderRoles.join("; "),
  ]);
}
