// What the import pages show, one statement each: the organization's recent imports, one
// import (status, progress, counts), and a page of its rows of one kind, in file order.
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import type { UserImportRowKind, UserImportStatus } from "@/lib/db/generated/enums";
import { offsetPage } from "@/lib/pagination/offset-nav";
import { pageQueryFields } from "@/lib/pagination/page-query";
import type { ListPage } from "@/lib/pagination/page-nav";
import { IMPORT_ROW_KINDS, MAX_IMPORT_ROWS, type ImportRowKind } from "./import-limits";

export const RECENT_IMPORTS = 10;

export type UserImportSummary = {
  id: string;
  fileName: string;
  status: UserImportStatus;
  progress: number;
  createdAt: Date;
  createdBy: string | null;
  counts: Record<ImportRowKind, number>;
  errorKey: string | null;
  errorParams: Record<string, string | number>;
};

const summarySelect = {
  id: true,
  fileName: true,
  status: true,
  progress: true,
  createdAt: true,
  addCount: true,
  updateCount: true,
  unchangedCount: true,
  errorCount: true,
  errorKey: true,
  errorParams: true,
  createdBy: { select: { name: true, email: true } },
} as const;

type SummaryRow = {
  id: string;
  fileName: string;
  status: UserImportStatus;
  progress: number;
  createdAt: Date;
  addCount: number;
  updateCount: number;
  unchangedCount: number;
  errorCount: number;
  errorKey: string | null;
  errorParams: unknown;
  createdBy: { name: string | null; email: string } | null;
};

function summaryOf(row: SummaryRow): UserImportSummary {
  return {
    id: row.id,
    fileName: row.fileName,
    status: row.status,
    progress: row.progress,
    createdAt: row.createdAt,
    createdBy: row.createdBy ? row.createdBy.name || row.createdBy.email : null,
    counts: { ADD: row.addCount, UPDATE: row.updateCount, UNCHANGED: row.unchangedCount, ERROR: row.errorCount },
    errorKey: row.errorKey,
    errorParams: (row.errorParams ?? {}) as Record<string, string | number>,
  };
}

export async function listRecentImports(organizationId: string): Promise<UserImportSummary[]> {
  const rows = await db.userImport.findMany({
    where: { organizationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: RECENT_IMPORTS,
    select: summarySelect,
  });
  return rows.map(summaryOf);
}

/** The organization's import `importId`, or null (another organization's id is not found). */
export async function loadUserImport(organizationId: string, importId: string): Promise<UserImportSummary | null> {
  const row = await db.userImport.findFirst({ where: { id: importId, organizationId }, select: summarySelect });
  return row ? summaryOf(row) : null;
}

export const importRowsQuerySchema = z.object({
  kind: z.enum(IMPORT_ROW_KINDS).optional().catch(undefined),
  ...pageQueryFields({ maxPage: MAX_IMPORT_ROWS }),
});
export type ImportRowsQuery = z.output<typeof importRowsQuerySchema>;

export type ImportRowView = {
  line: number;
  kind: UserImportRowKind;
  email: string;
  name: string;
  roleBefore: string | null;
  roleAfter: string | null;
  workspacesBefore: string[];
  workspacesAfter: string[];
  language: string;
  reasonKey: string | null;
  reasonParams: Record<string, string | number>;
};

/** A page of the import's rows (of one kind when asked), in file order; the total comes from the import's counts. */
export async function listImportRows(summary: UserImportSummary, query: ImportRowsQuery): Promise<ListPage<ImportRowView>> {
  const count = query.kind ? summary.counts[query.kind] : Object.values(summary.counts).reduce((sum, n) => sum + n, 0);
  const rows = await db.userImportRow.findMany({
    where: { importId: summary.id, ...(query.kind ? { kind: query.kind } : {}) },
    orderBy: { line: "asc" },
    skip: (query.page - 1) * query.size,
    take: query.size,
    select: {
      line: true,
      kind: true,
      email: true,
      name: true,
      roleBefore: true,
      roleAfter: true,
      workspacesBefore: true,
      workspacesAfter: true,
      language: true,
      reasonKey: true,
      reasonParams: true,
    },
  });
  return offsetPage(
    rows.map((row) => ({ ...row, reasonParams: (row.reasonParams ?? {}) as Record<string, string | number> })),
    { page: query.page, size: query.size, total: { kind: "exact", count } },
  );
}
