// GET: a contact, as the list shows it; PUT: its name, phone, language and roles. See lib/api/v1/contacts.ts.
import { getContactEndpoint, updateContactEndpoint } from "@/lib/api/v1/contacts";

export const dynamic = "force-dynamic";
export const GET = getContactEndpoint;
export const PUT = updateContactEndpoint;
