// Unique constraints decide: a use case writes, and the database refuses a duplicate,
// instead of checking first and racing another request between the check and the write.
// Prisma reports the refusal as P2002; here it becomes the use case's own error.

/** Prisma's unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}

/** The result of `work`; a unique-constraint violation is thrown as the error `conflict` gives instead. */
export async function onUnique<T>(work: Promise<T>, conflict: () => Error | Promise<Error>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error)) throw await conflict();
    throw error;
  }
}
