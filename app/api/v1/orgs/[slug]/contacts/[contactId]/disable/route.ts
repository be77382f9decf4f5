// POST: disable the contact. See lib/api/v1/contacts.ts.
import { disableContactEndpoint } from "@/lib/api/v1/contacts";

export const dynamic = "force-dynamic";
export const POST = disableContactEndpoint;
