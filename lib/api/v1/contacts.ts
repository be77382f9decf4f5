// REST API v1 contacts: the contacts page's list (its filters) and one of its rows, *New
// contact* (on a verified domain), *Edit*, *Disable*, *Disable/Reassign* and *Enable*.
import { z } from "zod";
import { db } from "@/lib/db/prisma";
import { contactListItem, listContacts } from "@/lib/contacts/list-contacts";
import { contactListQuerySchema } from "@/lib/contacts/schemas";
import { CONTACT_STATUSES, ROLE_FILTERS } from "@/lib/contacts/list-options";
import { addContact } from "@/lib/contacts/add-contact";
import { updateContact } from "@/lib/contacts/update-contact";
import { disableContact } from "@/lib/contacts/disable-contact";
import { disableAndReassignContact } from "@/lib/contacts/disable-and-reassign-contact";
import { enableContact } from "@/lib/contacts/enable-contact";
import { getContact } from "@/lib/contacts/get-contact";
import { searchField } from "@/lib/validation/fields";
import { apiGet, apiRead, apiWrite } from "../route";
import { listEnvelope } from "./cursor";
import {
  addedContactSchema,
  contactChangeSchema,
  contactListSchema,
  contactSchema,
  enabledContactSchema,
  reassignedContactSchema,
} from "./responses";
import { listFields, pageOf } from "./list-query";

export const contactListApiQuery = z.object({
  q: searchField,
  status: z.enum(CONTACT_STATUSES).optional(),
  role: z.enum(ROLE_FILTERS).optional(),
  ...listFields,
});

export const listContactsEndpoint = apiRead({
  capability: "contacts.view",
  query: contactListApiQuery,
  response: contactListSchema,
  async run({ access, query }) {
    const page = await listContacts(
      db,
      access.organization.id,
      contactListQuerySchema.parse({ q: query.q, status: query.status, role: query.role, ...pageOf(query) }),
    );
    return listEnvelope({ ...page, rows: page.rows.map(contactListItem) });
  },
});

export const getContactEndpoint = apiGet(getContact, { response: contactSchema, present: (contact) => contact });
export const addContactEndpoint = apiWrite(addContact, {
  fields: ["name", "email", "phone", "language", "roles"],
  status: 201,
  response: addedContactSchema,
  present: ({ id, name, email }) => ({ id, name, email }),
});
export const updateContactEndpoint = apiWrite(updateContact, {
  fields: ["name", "phone", "language", "roles"],
  response: contactChangeSchema,
  present: ({ id, name }) => ({ id, name }),
});
export const disableContactEndpoint = apiWrite(disableContact, {
  noBody: true,
  response: contactChangeSchema,
  present: ({ id, name }) => ({ id, name }),
});
export const disableAndReassignContactEndpoint = apiWrite(disableAndReassignContact, {
  fields: ["orderIds", "replacement", "replacementEmail", "replacementName", "replacementLanguage"],
  response: reassignedContactSchema,
  present: ({ id, name, orders, replacement }) => ({
    id,
    name,
    orders,
    replacement: { id: replacement.id, name: replacement.name, email: replacement.email, created: replacement.created },
  }),
});
export const enableContactEndpoint = apiWrite(enableContact, {
  fields: ["roles"],
  response: enabledContactSchema,
  present: ({ id, name, roles }) => ({ id, name, roles }),
});
