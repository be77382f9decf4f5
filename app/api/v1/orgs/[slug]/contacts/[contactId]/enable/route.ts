// POST: enable the contact. See lib/api/v1/contacts.ts.
import { enableContactEndpoint } from "@/lib/api/v1/contacts";

export const dynamic = "force-dynamic";
export const POST = enableContactEndpoint;
