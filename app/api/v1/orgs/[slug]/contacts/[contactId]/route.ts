// PUT: a contact's name, phone, language and roles. See lib/api/v1/contacts.ts.
import { updateContactEndpoint } from "@/lib/api/v1/contacts";

export const dynamic = "force-dynamic";
export const PUT = updateContactEndpoint;
