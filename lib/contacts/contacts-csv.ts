import { csvLine } from "@/lib/csv";
import { format, type Messages } from "@/lib/i18n";
import type { ContactRow } from "./list-contacts";

export function contactsCsvHeader(m: Messages): string {
  const c = m.contacts.csv;
  return csvLine([c.name, c.email, c.phone, c.language, c.status, c.roles, c.orders]);
}

export function contactCsvLine(row: ContactRow, m: Messages): string {
  const orderRoles = row.orderRoles.flatMap((order) => [
    order.licensee ? format(m.contacts.orderRole, { role: m.contactRoles.LICENSEE, number: order.number }) : null,
    order.billing ? format(m.contacts.orderRole, { role: m.contactRoles.BILLING, number: order.number }) : null,
  ]).filter(Boolean);
  const more = row.orderRoleCount - row.orderRoles.length;
  if (more > 0) orderRoles.push(format(more === 1 ? m.contacts.moreOrdersOne : m.contacts.moreOrders, { count: more }));
  return csvLine([row.name, row.email, row.phone, row.language, m.contacts.status[row.status], row.roles.map((role) => m.contactRoles[role]).join("; "), orderRoles.join("; ")]);
}
