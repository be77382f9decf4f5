// The invoice as a PDF, drawn with pdfkit (a maintained PDF library). Its built-in
// Helvetica encodes text as WinAnsi, which holds every French letter (é, è, à, ç, œ, «, »)
// and the euro sign; the one character Intl puts in French numbers that WinAnsi lacks, the
// narrow no-break space, becomes a no-break space.
import PDFDocument from "pdfkit";
import { formatDate, formatMoney, translator, type Locale } from "@/lib/i18n";
import type { InvoiceDetail } from "./get-invoice";

/** Characters outside WinAnsi that Intl produces, mapped to their closest WinAnsi form. */
function winAnsi(text: string): string {
  return text.replace(/[\u202f\u2009]/g, "\u00a0").replace(/\u2011/g, "-");
}

export async function renderInvoicePdf(invoice: InvoiceDetail, locale: Locale): Promise<Buffer> {
  const t = translator(locale);
  const money = (cents: number) => winAnsi(formatMoney(locale, cents, invoice.currency));
  const date = (value: Date) => winAnsi(formatDate(locale, new Date(value), { dateStyle: "long" }));
  const doc = new PDFDocument({
    size: "A4",
    margin: 50,
    info: { Title: `${t("billing.invoices.pdfTitle")} ${invoice.number}`, Author: t("billing.invoices.vendor") },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const text = (value: string, ...rest: unknown[]) =>
    (doc.text as (t: string, ...r: unknown[]) => PDFKit.PDFDocument)(winAnsi(value), ...rest);
  const left = 50;
  const width = doc.page.width - 100;

  doc.font("Helvetica-Bold").fontSize(20);
  text(`${t("billing.invoices.pdfTitle")} ${invoice.number}`);
  doc.moveDown(0.5).font("Helvetica").fontSize(10).fillColor("#333333");
  text(t("billing.invoices.issuedLine", { date: date(invoice.issuedAt) }));
  text(t("billing.invoices.dueLine", { date: date(invoice.dueAt) }));
  text(t("billing.invoices.orderLine", { number: invoice.order.number }));
  if (invoice.status === "PAID" && invoice.paidAt) text(t("billing.invoices.paidOn", { date: date(invoice.paidAt) }));
  else if (invoice.status === "VOID") text(t("billing.invoiceStatus.VOID"));

  const top = doc.y + 20;
  doc.font("Helvetica-Bold").fillColor("#000000");
  text(t("billing.invoices.from"), left, top);
  doc.font("Helvetica");
  text(t("billing.invoices.vendor"));
  text(t("billing.invoices.vendorAddress"), { width: width / 2 - 10 });
  const org = invoice.organization;
  doc.font("Helvetica-Bold");
  text(t("billing.invoices.billTo"), left + width / 2, top);
  doc.font("Helvetica");
  const address = [
    org.legalName ?? org.name,
    org.addressLine1,
    org.addressLine2,
    [org.postalCode, org.city].filter(Boolean).join(" "),
    org.country,
  ].filter((line): line is string => Boolean(line));
  for (const line of address) text(line, { width: width / 2 });
  if (org.vatId) text(t("billing.invoices.vat", { vat: org.vatId }), { width: width / 2 });
  text(`${invoice.billingContact.name} <${invoice.billingContact.email}>`, { width: width / 2 });

  // Lines
  let y = Math.max(doc.y, top + 90) + 20;
  const columns = [
    { key: t("billing.orders.lineColumns.product"), x: left, w: 190, align: "left" as const },
    { key: t("billing.orders.lineColumns.quantity"), x: left + 195, w: 70, align: "right" as const },
    { key: t("billing.orders.lineColumns.unitPrice"), x: left + 270, w: 110, align: "right" as const },
    { key: t("billing.orders.lineColumns.amount"), x: left + 385, w: width - 385, align: "right" as const },
  ];
  doc.font("Helvetica-Bold");
  for (const c of columns) text(c.key, c.x, y, { width: c.w, align: c.align });
  y += 16;
  doc
    .moveTo(left, y)
    .lineTo(left + width, y)
    .strokeColor("#999999")
    .stroke();
  y += 6;
  doc.font("Helvetica");
  for (const line of invoice.lines) {
    if (y > doc.page.height - 120) {
      doc.addPage();
      y = 50;
    }
    const cells = [
      `${line.product} ${line.plan}`,
      line.quantity.toLocaleString(locale === "fr" ? "fr-FR" : "en-GB"),
      money(line.unitPriceCents),
      money(line.quantity * line.unitPriceCents),
    ];
    const height = Math.max(...columns.map((c, i) => doc.heightOfString(winAnsi(cells[i]), { width: c.w })));
    columns.forEach((c, i) => text(cells[i], c.x, y, { width: c.w, align: c.align }));
    y += height + 6;
  }
  doc
    .moveTo(left, y)
    .lineTo(left + width, y)
    .strokeColor("#999999")
    .stroke();
  y += 8;
  doc.font("Helvetica-Bold").fontSize(12);
  text(
    t(invoice.status === "PAID" ? "billing.invoices.totalPaidLine" : "billing.invoices.totalLine", { amount: money(invoice.amountCents) }),
    left,
    y,
    { width, align: "right" },
  );
  doc.end();
  return done;
}
