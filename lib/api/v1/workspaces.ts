// REST API v1 workspaces: the workspaces page's list and *New workspace*.
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { listWorkspaces } from "@/lib/workspaces/list-workspaces";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { workspaceListQuerySchema } from "@/lib/workspaces/schemas";
import { searchField } from "@/lib/validation/fields";
import { PAGE_SIZES } from "@/lib/pagination/page-sizes";
import { apiRead, apiWrite } from "../route";
import { cursorField, listEnvelope } from "./cursor";

export const workspaceListApiQuery = z.object({
  q: searchField,
  limit: z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n), "errors.invalid")
    .optional(),
  cursor: cursorField,
});

export const listWorkspacesEndpoint = apiRead({
  capability: "workspaces.viewAssigned",
  query: workspaceListApiQuery,
  async run({ access, query }) {
    const page = await listWorkspaces(db, access, workspaceListQuerySchema.parse({ q: query.q, size: query.limit, page: query.cursor }));
    return listEnvelope(page, query.cursor);
  },
});

export const createWorkspaceEndpoint = apiWrite(createWorkspace, { fields: ["name"], status: 201 });
