// The workspace dialogs' limits, without zod (client components; zod in the browser probes
// eval, which the CSP reports). A workspace's name follows the shared name rule.
export { MAX_NAME as MAX_WORKSPACE_NAME } from "@/lib/validation/limits";
