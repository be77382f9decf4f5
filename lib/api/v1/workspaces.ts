// REST API v1 workspaces: the workspaces page's list and *New workspace*.
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { listWorkspaces } from "@/lib/workspaces/list-workspaces";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { workspaceListQuerySchema } from "@/lib/workspaces/schemas";
import { searchField } from "@/lib/validation/fields";
import { apiRead, apiWrite } from "../route";
import { listEnvelope } from "./cursor";
import { createdWorkspaceSchema, workspaceListSchema } from "./responses";
import { listFields, pageOf } from "./list-query";

export const workspaceListApiQuery = z.object({
  q: searchField,
  ...listFields,
});

export const listWorkspacesEndpoint = apiRead({
  capability: "workspaces.viewAssigned",
  query: workspaceListApiQuery,
  response: workspaceListSchema,
  async run({ access, query }) {
    const page = await listWorkspaces(db, access, workspaceListQuerySchema.parse({ q: query.q, ...pageOf(query) }), {
      after: query.cursor.key,
    });
    return listEnvelope(page, {
      keyOf: (row) => ({ sortKey: row.sortKey, id: row.id }),
      present: ({ id, name, members, contacts }) => ({ id, name, members, contacts }),
    });
  },
});

export const createWorkspaceEndpoint = apiWrite(createWorkspace, {
  fields: ["name"],
  status: 201,
  response: createdWorkspaceSchema,
  present: ({ id, name }) => ({ id, name }),
});
