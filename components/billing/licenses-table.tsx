// Licenses with their seats and assignees (the licenses list and an order's page), on the
// kit's table. Assign and Revoke, for those who manage license assignment, open the page's
// one pair of dialogs (license-dialogs.tsx) with the row's data only.
import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n";
import type { MessagePath } from "@/lib/i18n/pick-messages";
import type { LicenseRow } from "@/lib/billing/list-licenses";
import { DataTable, Truncate, type Column } from "@/components/ui/data-table";
import { Avatar } from "@/components/ui/avatar";
import { AssignOpener, RevokeOpener } from "./license-dialogs";

/** The strings the seat buttons and their dialogs need on the client: sent once per page. */
export const LICENSE_CLIENT_MESSAGES: readonly MessagePath[] = ["billing.licenses", "billing.errors", "common.cancel", "common.close"];

type Props = { slug: string; rows: LicenseRow[]; caption: string; canManage: boolean; showOrder: boolean };

export async function LicensesTable({ slug, rows, caption, canManage, showOrder }: Props) {
  const { t } = await getTranslator();
  return <DataTable caption={caption} captionHidden columns={await licenseColumns({ slug, canManage, showOrder })} rows={rows} rowKey={(row) => row.id} empty={t("billing.licenses.empty")} />;
}

async function licenseColumns({ slug, canManage, showOrder }: Omit<Props, "rows" | "caption">): Promise<Column<LicenseRow>[]> {
  const { t, locale } = await getTranslator();
  const base = `/orgs/${slug}/billing`;
  const columns: Column<LicenseRow>[] = [
    { key: "product", header: t("billing.licenses.columns.product"), rowHeader: true, cell: (row) => row.product },
    { key: "key", header: t("billing.licenses.columns.key"), cell: (row) => <code className="text-xs">{row.licenseKey}</code> },
  ];
  if (showOrder) {
    columns.push({
      key: "order", header: t("billing.licenses.columns.order"),
      cell: (row) => (row.orderVisible ? <Link href={`${base}/orders/${row.orderId}`} className="link">{row.orderNumber}</Link> : row.orderNumber),
    });
  }
  columns.push(
    { key: "seats", header: t("billing.licenses.columns.seats"), cell: (row) => t("billing.licenses.seatsUsed", { used: Number(row.used), seats: row.seats }) },
    { key: "valid", header: t("billing.licenses.columns.validUntil"), cell: (row) => (row.validUntil ? formatDate(locale, new Date(row.validUntil)) : "—") },
    {
      key: "assignees", header: t("billing.licenses.columns.assignees"), className: "wrap",
      cell: (row) => {
        const used = Number(row.used);
        return (
          <ul className="flex flex-col gap-1">
            {row.assignees.length === 0 ? <li className="text-muted">{t("billing.licenses.noAssignee")}</li> : null}
            {row.assignees.map((a) => (
              <li key={a.id} className="flex items-center gap-1">
                <Avatar name={a.email} />
                <Truncate text={a.email} />
                {canManage ? <RevokeOpener seat={[a.id, a.email, row.product]} /> : null}
              </li>
            ))}
            {used > row.assignees.length ? <li className="text-muted">{t("billing.licenses.moreAssignees", { count: used - row.assignees.length })}</li> : null}
            {canManage && used < row.seats ? <li><AssignOpener license={[row.id, row.product, row.seats - used]} /></li> : null}
          </ul>
        );
      },
    },
  );
  return columns;
}
