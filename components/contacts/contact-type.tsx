import type { ContactRow } from "@/lib/contacts/list-contacts";
import { getTranslator } from "@/lib/i18n/server";

/** The Type column: organization-wide roles, then order roles ("Licensee · order R-1042"). */
export async function ContactType({ row }: { row: ContactRow }) {
  const { t } = await getTranslator();
  const items = [
    ...row.roles.map((role) => t(`contactRoles.${role}`)),
    ...row.orderRoles.flatMap((order) => [
      order.licensee ? t("contacts.orderRole", { role: t("contactRoles.LICENSEE"), number: order.number }) : null,
      order.billing ? t("contacts.orderRole", { role: t("contactRoles.BILLING"), number: order.number }) : null,
    ]).filter((item): item is string => !!item),
  ];
  const more = row.orderRoleCount - row.orderRoles.length;
  if (!items.length) return <span className="text-slate-500">{t("contacts.noRoleType")}</span>;
  return (
    <ul className="flex flex-wrap gap-1">
      {items.map((item) => <li key={item} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800">{item}</li>)}
      {more > 0 ? <li className="px-1.5 py-0.5 text-xs text-slate-600">{t("contacts.moreOrders", { count: more })}</li> : null}
    </ul>
  );
}
