// The products of an order, an invoice or a quote, on the kit's table, and the total under
// it: one piece for the three detail pages.
import { getTranslator } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/i18n";
import { DataTable, type Column } from "@/components/ui/data-table";

type Line = { product: string; plan: string; quantity: number; unitPriceCents: number };
type Row = Line & { index: number };

export async function LineItemsTable({
  lines,
  currency,
  caption,
  total,
  totalLabel,
}: {
  lines: Line[];
  currency: string;
  caption: string;
  total: number;
  totalLabel: string;
}) {
  const { t, locale } = await getTranslator();
  const money = (cents: number) => formatMoney(locale, cents, currency);
  const columns: Column<Row>[] = [
    { key: "product", header: t("billing.orders.lineColumns.product"), rowHeader: true, cell: (line) => line.product },
    { key: "plan", header: t("billing.orders.lineColumns.plan"), cell: (line) => line.plan },
    {
      key: "quantity",
      header: t("billing.orders.lineColumns.quantity"),
      className: "num",
      cell: (line) => line.quantity.toLocaleString(locale === "fr" ? "fr-FR" : "en-GB"),
    },
    { key: "unit", header: t("billing.orders.lineColumns.unitPrice"), className: "num", cell: (line) => money(line.unitPriceCents) },
    {
      key: "amount",
      header: t("billing.orders.lineColumns.amount"),
      className: "num",
      cell: (line) => money(line.quantity * line.unitPriceCents),
    },
  ];
  return (
    <div className="flex flex-col gap-2">
      <DataTable
        caption={caption}
        captionHidden
        columns={columns}
        rows={lines.map((line, index) => ({ ...line, index }))}
        rowKey={(line) => String(line.index)}
        empty="—"
      />
      <p className="flex justify-end gap-4 px-3 text-base font-semibold tabular-nums">
        <span>{totalLabel}</span>
        <span>{money(total)}</span>
      </p>
    </div>
  );
}
