// The pure parts of the UI kit: which page numbers the pager shows, and avatar initials.
import { describe, expect, it } from "vitest";
import { pageWindow } from "@/components/ui/pagination";
import { initials } from "@/components/ui/avatar";

describe("the pager's page numbers", () => {
  it("shows the first, the last and the neighbours of the current page, with gaps", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(5, 9)).toEqual([1, null, 4, 5, 6, null, 9]);
    // A gap of one page shows that page instead of an ellipsis.
    expect(pageWindow(3, 9)).toEqual([1, 2, 3, 4, null, 9]);
    expect(pageWindow(9, 9)).toEqual([1, null, 8, 9]);
  });

  it("without a known last page, ends at the page the caller offers", () => {
    expect(pageWindow(7, 8)).toEqual([1, null, 6, 7, 8]);
    expect(pageWindow(7, null)).toEqual([1, null, 6, 7]);
  });
});

describe("avatar initials", () => {
  it("take the first letters of the first and last names, accents kept", () => {
    expect(initials("Sarah Johnson")).toBe("SJ");
    expect(initials("Benoît Lefèvre")).toBe("BL");
    expect(initials("Élise Perrin")).toBe("ÉP");
    expect(initials("Jean-Baptiste de la Tour")).toBe("JT");
    expect(initials("zoe.lambert@acme.test")).toBe("ZL");
    expect(initials("Cher")).toBe("C");
    expect(initials("")).toBe("");
  });
});

describe("a contacts row on the wire", () => {
  it("comes back as it left, and is small", async () => {
    const { fromWire, toWire } = await import("@/lib/contacts/contact-wire");
    const items = [
      { id: "c1", name: "Sarah Johnson", email: "sarah@acme.test", phone: "+33 6 12 34 56 78", language: "en" as const, status: "ACTIVE" as const, roles: ["PRIMARY_TECHNICAL" as const, "SECURITY_PRIVACY" as const], orders: [], moreOrders: 0 },
      { id: "c2", name: "Hugo Blanc", email: "hugo@acme.test", phone: null, language: "fr" as const, status: "DISABLED" as const, roles: [], orders: [{ number: "R-1", licensee: true, billing: false }, { number: "R-2", licensee: true, billing: true }], moreOrders: 3 },
      { id: "c3", name: "Laura", email: "l@x.test", phone: null, language: "en" as const, status: "INVITED" as const, roles: ["PRIMARY_LICENSEE" as const, "DATA_PROTECTION" as const], orders: [{ number: "R-3", licensee: false, billing: true }], moreOrders: 0 },
    ];
    for (const item of items) expect(fromWire(JSON.parse(JSON.stringify(toWire(item))))).toEqual(item);
    expect(JSON.stringify(toWire(items[0]))).toBe('["c1","Sarah Johnson","sarah@acme.test","+33 6 12 34 56 78",0,0,34]');
  });
});
