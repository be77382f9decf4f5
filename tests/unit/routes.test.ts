// The app's links (lib/routes.ts): absolute from the site's root, whatever page shows them;
// parameters named for what they hold; a list's defaults left out.
import { describe, expect, it } from "vitest";
import { routes } from "@/lib/routes";
import { previewQuerySchema } from "@/lib/notifications/preview";
import { singleValued } from "@/lib/validation/search-params";

describe("the app's links", () => {
  it("are absolute, with the organization and the record in the path", () => {
    expect(routes.order("acme", "c123")).toBe("/orgs/acme/billing/orders/c123");
    expect(routes.invoice("acme", "c456")).toBe("/orgs/acme/billing/invoices/c456");
    expect(routes.invoicePdf("acme", "c456")).toBe("/orgs/acme/billing/invoices/c456/pdf");
    expect(routes.quote("acme", "c789")).toBe("/orgs/acme/billing/quotes/c789");
    expect(routes.workspace("acme", "w1")).toBe("/orgs/acme/workspaces/w1");
    expect(routes.domains("acme")).toBe("/orgs/acme/settings/domains");
    expect(routes.organization("acme")).toBe("/orgs/acme");
  });

  it("encode what they carry", () => {
    expect(routes.order("a/b", "x?y")).toBe("/orgs/a%2Fb/billing/orders/x%3Fy");
    expect(routes.signIn("/orgs/acme/contacts?q=a")).toBe("/signin?callbackUrl=%2Forgs%2Facme%2Fcontacts%3Fq%3Da");
  });

  it("leave out empty parameters and a list's defaults (page 1, 25 rows)", () => {
    expect(routes.contacts("acme", { q: "", status: undefined, role: null, size: 25, page: 1 })).toBe("/orgs/acme/contacts");
    expect(routes.contacts("acme", { q: "sarah", role: "PRIMARY_BILLING", size: 100, page: 2, after: "c9" })).toBe(
      "/orgs/acme/contacts?q=sarah&role=PRIMARY_BILLING&size=100&page=2&after=c9",
    );
    expect(routes.order("acme", "c1", { placed: 1 })).toBe("/orgs/acme/billing/orders/c1?placed=1");
  });

  it("preview a notification with readable parameters, which the preview reads back", () => {
    const reasons = [{ rule: "ORDER_BILLING" as const, orderNumber: "2026-0042" }, { rule: "UNPAID_INVOICES" as const }];
    const href = routes.notificationPreview("acme", { event: "invoice_overdue", language: "fr", reasons });
    expect(href).toBe(
      "/orgs/acme/settings/notifications/preview?event=invoice_overdue&language=fr&reasons=ORDER_BILLING%3A2026-0042%2CUNPAID_INVOICES",
    );
    const query = previewQuerySchema.parse(singleValued(new URL(href, "http://localhost").searchParams));
    expect(query).toEqual({ kind: "invoice_overdue", locale: "fr", reasons });
    expect(routes.notificationPreview("acme", { event: "sign_in", language: "en" })).toBe(
      "/orgs/acme/settings/notifications/preview?event=sign_in&language=en",
    );
  });
});
