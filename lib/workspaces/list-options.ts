// The workspace dialogs' limits, without zod (client components; zod in the browser probes
// eval, which the CSP reports). The bound of the name rule in lib/contacts/schemas.ts (MAX_NAME).
export const MAX_WORKSPACE_NAME = 120;
