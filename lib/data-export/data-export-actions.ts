// Settings → Export: asking for an export of all the organization's data (org admins), and
// the list of recent exports the page shows.
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import type { OrgAccess } from "@/lib/auth/access";
import { defineOrgAction } from "@/lib/actions/define-action";
import { queueDataExport } from "@/lib/jobs/data-export-job";
import { requestDataExport } from "./run-export";

export const requestDataExportAction = defineOrgAction({
  capability: "data.export",
  schema: z.object({}),
  // Allowed while the organization is cancelled: the export is how a cancelled organization
  // takes its data away before the deletion.
  allowWhenCancelled: true,
  async run({ access, actor }) {
    const row = await requestDataExport(db, access.organization.id, actor);
    await queueDataExport(row.id).catch((error) => console.error("[data-export] queue failed (the sweep sends it again):", error));
    return row;
  },
});

export type DataExportRow = {
  id: string;
  status: "PENDING" | "RUNNING" | "READY" | "FAILED" | "EXPIRED";
  progress: number;
  createdAt: Date;
  completedAt: Date | null;
  expiresAt: Date | null;
  bytes: number | null;
  requestedBy: string | null;
};

export const RECENT_EXPORTS = 10;

/** The organization's latest exports, newest first, in one statement. */
export async function listDataExports(access: OrgAccess): Promise<DataExportRow[]> {
  const rows = await db.dataExport.findMany({
    where: { organizationId: access.organization.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: RECENT_EXPORTS,
    select: {
      id: true,
      status: true,
      progress: true,
      createdAt: true,
      completedAt: true,
      expiresAt: true,
      bytes: true,
      requestedBy: { select: { name: true, email: true } },
    },
  });
  return rows.map(({ requestedBy, ...row }) => ({ ...row, requestedBy: requestedBy ? requestedBy.name || requestedBy.email : null }));
}
