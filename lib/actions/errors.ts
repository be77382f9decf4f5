import type { MessageKey, Params } from "@/lib/i18n";

/** An expected failure whose message the user may see (a message key, translated at the edge). */
export class DomainError extends Error {
  constructor(
    readonly messageKey: MessageKey,
    readonly options: { field?: string; params?: Params; code?: string; details?: Record<string, string> } = {},
  ) {
    super(messageKey);
    this.name = "DomainError";
  }
}

/** Prisma's unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

export function isNotFound(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2025";
}
