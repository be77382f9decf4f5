"use server";
// Thin server actions of the Billing area: caller + locale in, use case, refresh.
import { runOrgAction } from "@/lib/actions/run-org-action";
import { placeOrder } from "@/lib/billing/place-order";
import { requestQuote } from "@/lib/billing/request-quote";
import { markInvoicePaid } from "@/lib/billing/mark-invoice-paid";
import { assignLicense } from "@/lib/billing/assign-license";
import { revokeLicense } from "@/lib/billing/revoke-license";
import { updateBillingDetails } from "@/lib/billing/update-billing-details";
import { suggestOrderContacts } from "@/lib/billing/suggest-order-contacts";
import { routes } from "@/lib/routes";

const area = (slug: string) => routes.billing(slug);

export async function placeOrderAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(placeOrder, slug, formData, area);
}
export async function requestQuoteAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(requestQuote, slug, formData, area);
}
export async function markInvoicePaidAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(markInvoicePaid, slug, formData, area);
}
export async function assignLicenseAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(assignLicense, slug, formData, area);
}
export async function revokeLicenseAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(revokeLicense, slug, formData, area);
}
export async function updateBillingDetailsAction(slug: string, _previous: unknown, formData: FormData) {
  return runOrgAction(updateBillingDetails, slug, formData, area);
}
export async function suggestOrderContactsAction(slug: string, q: string) {
  return runOrgAction(suggestOrderContacts, slug, { q });
}
