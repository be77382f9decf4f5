// The users pages' choices and limits, without zod: the filters form and the dialogs are
// client components, and zod in the browser probes eval (Function("")), which the CSP reports.
export const MAX_INVITATION_WORKSPACES = 10;
export const MAX_USER_WORKSPACES = 500;
export const USER_STATUSES = ["ACTIVE", "PENDING"] as const;
export const USER_SORTS = ["name", "-name", "lastActive", "-lastActive"] as const;
export { PAGE_SIZES as USER_PAGE_SIZES } from "@/lib/pagination/page-sizes";
