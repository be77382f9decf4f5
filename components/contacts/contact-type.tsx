import type { ContactRow } from "@/lib/contacts/list-contacts";
import { format, type Messages } from "@/lib/i18n";

/** The Type column: organization-wide roles, then order roles ("Licensee · order R-1042"). */
export function ContactType({ row, m }: { row: ContactRow; m: Messages }) {
  const items = [
    ...row.roles.map((role) => m.contactRoles[role]),
    ...row.orderRoles.flatMap((order) => [
      order.licensee ? format(m.contacts.orderRole, { role: m.contactRoles.LICENSEE, number: order.number }) : null,
      order.billing ? format(m.contacts.orderRole, { role: m.contactRoles.BILLING, number: order.number }) : null,
    ]).filter((item): item is string => !!item),
  ];
  const more = row.orderRoleCount - row.orderRoles.length;
  if (!items.length) return <span className="text-slate-500">{m.contacts.noRoleType}</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {items.map((item) => <li key={item} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800">{item}</li>)}
      {more > 0 ? <li className="px-1.5 py-0.5 text-xs text-slate-600">{format(more === 1 ? m.contacts.moreOrdersOne : m.contacts.moreOrders, { count: more })}</li> : null}
    </ul>
  );
}
