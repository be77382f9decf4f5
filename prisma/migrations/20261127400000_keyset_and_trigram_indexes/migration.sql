-- Keyset pages (lib/pagination) read from the index alone: (organizationId, sort, id) for the
-- contacts list (with and without the status filter) and the email log. The contacts search
-- (LIKE '%term%') gets one GIN index of the organization and the search text's trigrams
-- (btree_gin), replacing the trigram index of the search text alone.

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "btree_gin";

-- DropIndex
DROP INDEX "Contact_organizationId_status_searchText_idx";

-- DropIndex
DROP INDEX "Contact_organizationId_searchText_idx";

-- DropIndex
DROP INDEX "Contact_searchText_idx";

-- DropIndex
DROP INDEX "EmailOutbox_organizationId_createdAt_idx";

-- CreateIndex
CREATE INDEX "Contact_organizationId_status_searchText_id_idx" ON "Contact"("organizationId", "status", "searchText", "id");

-- CreateIndex
CREATE INDEX "Contact_organizationId_searchText_id_idx" ON "Contact"("organizationId", "searchText", "id");

-- CreateIndex
CREATE INDEX "Contact_organizationId_searchText_trgm_idx" ON "Contact" USING GIN ("organizationId" text_ops, "searchText" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "EmailOutbox_organizationId_createdAt_id_idx" ON "EmailOutbox"("organizationId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "EmailOutbox_organizationId_status_createdAt_id_idx" ON "EmailOutbox"("organizationId", "status", "createdAt", "id");


-- The planner's estimate of one organization's rows in a table, for list totals past the
-- count's cap (lib/pagination/sql.ts): what EXPLAIN says of the organization's rows, from
-- the statistics ANALYZE keeps, without reading them. VOLATILE because PostgreSQL allows
-- EXPLAIN only there; it reads nothing but the catalog.
CREATE FUNCTION "roster_estimated_rows"(tbl regclass, organization_id text) RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  plan json;
BEGIN
  EXECUTE format('EXPLAIN (FORMAT JSON) SELECT 1 FROM %s WHERE "organizationId" = %L', tbl, organization_id) INTO plan;
  RETURN (plan -> 0 -> 'Plan' ->> 'Plan Rows')::bigint;
END
$$;
