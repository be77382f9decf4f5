import { describe, expect, it } from "vitest";
import { sameSitePath } from "@/lib/auth/schemas";

describe("sameSitePath (where a sign-in may lead)", () => {
  it("keeps paths of this site, with their query and hash", () => {
    expect(sameSitePath("/orgs/acme/contacts?q=a b&status=ACTIVE#x")).toBe("/orgs/acme/contacts?q=a%20b&status=ACTIVE#x");
    expect(sameSitePath("/invite/abc_DEF-123")).toBe("/invite/abc_DEF-123");
  });

  it("refuses anything a browser could read as another origin", () => {
    for (const value of ["//evil.com", "/\\evil.com", "/\\/evil.com", "/\tevil.com", "/%09/evil.com".replace("%09", "\t"), "https://evil.com", "javascript:alert(1)", "evil.com", "", null, undefined, "/\nfoo"]) {
      expect({ value, result: sameSitePath(value) }).toEqual({ value, result: "/" });
    }
  });
});
