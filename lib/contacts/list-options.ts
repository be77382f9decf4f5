// The contacts list's filter choices, without zod: the filters form is a client component,
// and zod in the browser probes eval (Function("")), which the CSP reports.
import { CONTACT_ROLES } from "@/lib/auth/capabilities";

// The search's bound and the page sizes are every list's.
export { MAX_SEARCH } from "@/lib/validation/limits";
export { PAGE_SIZES } from "@/lib/pagination/page-sizes";
export const CONTACT_STATUSES = ["ACTIVE", "INVITED", "DISABLED"] as const;
export const ORDER_ROLE_FILTERS = ["LICENSEE", "BILLING"] as const;
export const ROLE_FILTERS = [...CONTACT_ROLES, ...ORDER_ROLE_FILTERS, "NONE"] as const;
