// A renamed organization keeps its previous URL names for SLUG_KEPT_DAYS: its old links
// redirect to the new name, and no other organization may take one meanwhile (creating or
// renaming to it is refused). Every use case that takes or gives up a URL name locks the
// names involved first, so a rename and a creation racing for the same name run one after
// the other and the second sees what the first committed.
import { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors/app-error";
import { formatDate, type Locale } from "@/lib/i18n";

export const SLUG_KEPT_DAYS = 90;
const DAY_MS = 86_400_000;

/** Transaction-scoped locks on URL names, always taken in the same order (no deadlock between two renames). */
export async function lockSlugs(tx: Tx, slugs: string[]): Promise<void> {
  const locks = [...new Set(slugs)]
    .sort()
    .map((slug) => Prisma.sql`pg_advisory_xact_lock(hashtextextended(${`organization-slug:${slug}`}, 0))`);
  // One statement; a select list is evaluated left to right. (executeRaw: the locks return void.)
  await tx.$executeRaw(Prisma.sql`SELECT ${Prisma.join(locks)}`);
}

/**
 * Makes `slug` free for `organizationId` (null: a new organization) under lockSlugs: the
 * organization's own previous name is simply taken back, an expired one of another is
 * forgotten, an unexpired one of another refuses the change (on the field `slug`).
 */
export async function claimSlug(tx: Tx, slug: string, organizationId: string | null, locale: Locale): Promise<void> {
  const rows = await tx.$queryRaw<{ organizationId: string; expiresAt: Date; kept: boolean }[]>(Prisma.sql`
    DELETE FROM "OrganizationPreviousSlug" WHERE slug = ${slug}
    RETURNING "organizationId", "expiresAt", "expiresAt" > (now() AT TIME ZONE 'UTC') AS kept`);
  const held = rows[0];
  if (held && held.organizationId !== organizationId && held.kept) {
    // Nothing is deleted: the refusal rolls the transaction back.
    throw new AppError("CONFLICT", "settings.info.slugReserved", {
      field: "slug",
      params: { date: formatDate(locale, held.expiresAt, { dateStyle: "long" }) },
    });
  }
}

/** Records `slug` as a previous name of the organization, kept SLUG_KEPT_DAYS from `now`. */
export async function keepPreviousSlug(tx: Tx, organizationId: string, slug: string, now = new Date()): Promise<Date> {
  const expiresAt = new Date(now.getTime() + SLUG_KEPT_DAYS * DAY_MS);
  await tx.organizationPreviousSlug.upsert({
    where: { slug },
    create: { slug, organizationId, expiresAt, createdAt: now },
    update: { organizationId, expiresAt, createdAt: now },
  });
  return expiresAt;
}

type QueryDb = { $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<T> };

/** The current URL name of the organization that used `slug` until less than SLUG_KEPT_DAYS ago, else null (one statement). */
export async function currentSlugOf(db: QueryDb, slug: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ slug: string }[]>(Prisma.sql`
    SELECT o.slug FROM "OrganizationPreviousSlug" p JOIN "Organization" o ON o.id = p."organizationId"
    WHERE p.slug = ${slug} AND p."expiresAt" > (now() AT TIME ZONE 'UTC')`);
  return rows[0]?.slug ?? null;
}
