// How a contacts list row travels to the browser: a compact tuple instead of an object.
// Rows are rendered by a client component from their data, so the data is in the page's
// React payload once per row; spelled as an object its keys would cost ~100 bytes a row,
// more than a third of the page's per-row budget (≤ 0.6 KB per extra row; tests/e2e/performance-budget.spec.ts).
// Pure: the page encodes, the table decodes.
import { CONTACT_ROLES } from "@/lib/auth/capabilities";
import type { ContactRoleType, ContactStatus, Locale } from "@/lib/db/generated/enums";
import type { ContactListItem } from "./list-contacts";

const STATUSES: readonly ContactStatus[] = ["ACTIVE", "INVITED", "DISABLED"];
const LANGUAGES: readonly Locale[] = ["en", "fr"];

/** [id, name, email, phone, language, status, roles (bits of CONTACT_ROLES), orders ([number, 1 licensee | 2 billing | 3 both]), more orders] */
export type ContactWire = [string, string, string, string | null, number, number, number, [string, number][]?, number?];

export function toWire(item: ContactListItem): ContactWire {
  const roles = item.roles.reduce((bits, role) => bits | (1 << CONTACT_ROLES.indexOf(role as (typeof CONTACT_ROLES)[number])), 0);
  const wire: ContactWire = [item.id, item.name, item.email, item.phone, LANGUAGES.indexOf(item.language), STATUSES.indexOf(item.status), roles];
  if (item.orders.length || item.moreOrders) wire.push(item.orders.map((order) => [order.number, (order.licensee ? 1 : 0) | (order.billing ? 2 : 0)]), item.moreOrders);
  return wire;
}

export function fromWire([id, name, email, phone, language, status, roles, orders = [], moreOrders = 0]: ContactWire): ContactListItem {
  return {
    id, name, email, phone,
    language: LANGUAGES[language],
    status: STATUSES[status],
    roles: CONTACT_ROLES.filter((_, index) => roles & (1 << index)) as ContactRoleType[],
    orders: orders.map(([number, bits]) => ({ number, licensee: (bits & 1) !== 0, billing: (bits & 2) !== 0 })),
    moreOrders,
  };
}
