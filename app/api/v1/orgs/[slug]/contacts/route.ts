// GET: the contacts list (the page's filters, cursor); POST: add a contact on a verified domain. See lib/api/v1/contacts.ts.
import { addContactEndpoint, listContactsEndpoint } from "@/lib/api/v1/contacts";

export const dynamic = "force-dynamic";
export const GET = listContactsEndpoint;
export const POST = addContactEndpoint;
