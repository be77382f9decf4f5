// The users list's rows travel as compact tuples (the page-weight budget per row): what goes in comes out.
import { describe, expect, it } from "vitest";
import { fromWire, toWire, type TableUser } from "@/lib/users/user-wire";

const active: TableUser = {
  id: "m1", name: "Emma Wilson", email: "emma@acme.test", role: "USER_ADMIN", pending: false, self: true,
  lastActive: 1_795_000_000_000, expires: null, workspaces: 3, names: ["Marketing", "Sales"], contacts: 2,
};
const pending: TableUser = { ...active, id: "m2", name: null, role: "MEMBER", pending: true, self: false, lastActive: null, expires: 1_796_000_000_000, workspaces: 0, names: [], contacts: 0 };

describe("a users list row on the wire", () => {
  it("comes back as it went, active or pending (times to the second)", () => {
    expect(fromWire(toWire(active))).toEqual(active);
    expect(fromWire(toWire(pending))).toEqual(pending);
  });
  it("is a short tuple: no keys", () => {
    expect(JSON.stringify(toWire(active))).toBe('["m1","Emma Wilson","emma@acme.test",2,2,1795000000,3,["Marketing","Sales"],2]');
  });
});
