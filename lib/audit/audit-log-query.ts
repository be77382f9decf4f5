// The audit log's URL (and its CSV export's): ?person=&action=&target=&targetId=&from=&to=
// plus the pager's fields. Anything malformed is left out rather than failing the page.
import { z } from "zod";
import { idField } from "@/lib/validation/fields";
import { pageQueryFields } from "@/lib/pagination/page-query";

/** "system": changes the app made by itself (no person). */
export const SYSTEM_ACTOR = "system";

const code = z
  .string()
  .trim()
  .max(64)
  .regex(/^[A-Za-z][\w.]*$/);
const day = z.iso.date();

export const auditFilterFields = {
  /** The email of the person who acted, or "system". */
  person: z
    .string()
    .trim()
    .toLowerCase()
    .max(320)
    .refine((value) => value === SYSTEM_ACTOR || z.email().safeParse(value).success)
    .optional()
    .catch(undefined),
  action: code.optional().catch(undefined),
  /** The kind of record (Contact, Membership…). */
  target: code.optional().catch(undefined),
  targetId: idField.optional().catch(undefined),
  /** Days (UTC), both included. */
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
};

export const auditFilterSchema = z.object(auditFilterFields);
export type AuditFilter = z.output<typeof auditFilterSchema>;

export const auditLogQuerySchema = z.object({ ...auditFilterFields, ...pageQueryFields({ keyset: true }) });
export type AuditLogQuery = z.output<typeof auditLogQuerySchema>;

/** The filter's URL parameters (empty ones are left out by routes). */
export function auditFilterParams(filter: AuditFilter): Record<string, string | undefined> {
  const { person, action, target, targetId, from, to } = filter;
  return { person, action, target, targetId, from, to };
}

export function isFiltered(filter: AuditFilter): boolean {
  return Object.values(auditFilterParams(filter)).some(Boolean);
}
