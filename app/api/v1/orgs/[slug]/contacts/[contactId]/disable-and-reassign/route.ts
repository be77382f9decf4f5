// POST: disable and reassign the contact. See lib/api/v1/contacts.ts.
import { disableAndReassignContactEndpoint } from "@/lib/api/v1/contacts";

export const dynamic = "force-dynamic";
export const POST = disableAndReassignContactEndpoint;
