// A contacts list row travels as a named object (ContactListItem, lib/contacts/list-contacts.ts):
// what the table reads, by name.
import { describe, expect, it } from "vitest";
import { contactListItem, type ContactRow } from "@/lib/contacts/list-contacts";

const row: ContactRow = {
  id: "c2",
  name: "Hugo Blanc",
  email: "hugo@acme.test",
  phone: "+33 6 12 34 56 78",
  language: "fr",
  status: "ACTIVE",
  userId: null,
  roles: ["PRIMARY_TECHNICAL", "SECURITY_PRIVACY"],
  orderRoles: [
    { orderId: "o1", number: "R-1", licensee: true, billing: false },
    { orderId: "o2", number: "R-2", licensee: true, billing: true },
  ],
  orderRoleCount: 5,
};

describe("a contacts list row on the wire", () => {
  it("names each field: roles by name, each order shown with the roles it gives, and how many more orders", () => {
    expect(contactListItem(row)).toEqual({
      id: "c2",
      name: "Hugo Blanc",
      email: "hugo@acme.test",
      phone: "+33 6 12 34 56 78",
      language: "fr",
      status: "ACTIVE",
      userId: null,
      roles: ["PRIMARY_TECHNICAL", "SECURITY_PRIVACY"],
      orders: [
        { number: "R-1", licensee: true, billing: false },
        { number: "R-2", licensee: true, billing: true },
      ],
      moreOrders: 3,
    });
  });

  it("comes through JSON as it went", () => {
    const item = contactListItem({ ...row, phone: null, status: "DISABLED", roles: [], orderRoles: [], orderRoleCount: 0 });
    expect(JSON.parse(JSON.stringify(item))).toEqual(item);
  });
});
