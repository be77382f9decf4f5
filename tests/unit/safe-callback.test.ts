import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sameSitePath } from "@/lib/auth/same-site-path";
import { FOREIGN_CALLBACKS } from "../support/foreign-callbacks";

const saved = { ...process.env };
beforeEach(() => {
  process.env.APP_URL = "https://roster.example";
});
afterEach(() => {
  process.env = { ...saved };
});

/** How a browser reads a Location header sent by https://roster.example/signin. */
const followed = (location: string) => new URL(location, "https://roster.example/signin");

describe("sameSitePath (where a sign-in may lead)", () => {
  it("keeps paths of this site, with their query and hash", () => {
    expect(sameSitePath("/orgs/acme/contacts?q=a b&status=ACTIVE#x")).toBe("/orgs/acme/contacts?q=a%20b&status=ACTIVE#x");
    expect(sameSitePath("/invite/abc_DEF-123")).toBe("/invite/abc_DEF-123");
    expect(sameSitePath("/orgs/acme/./users/../contacts")).toBe("/orgs/acme/contacts");
    // Auth.js hands its redirect callback absolute URLs of this site.
    expect(sameSitePath("https://roster.example/orgs/acme?x=1")).toBe("/orgs/acme?x=1");
    // Encoded slashes stay encoded: a path segment, never a host.
    expect(sameSitePath("/%2F%2Fevil.com")).toBe("/%2F%2Fevil.com");
  });

  it("refuses anything a browser could read as another origin", () => {
    for (const value of FOREIGN_CALLBACKS) {
      const result = sameSitePath(value as string);
      expect({ value, result }).toEqual({ value, result: "/" });
    }
  });

  it("never returns a path that a browser would follow off the site", () => {
    for (const value of FOREIGN_CALLBACKS) {
      for (const prefix of ["", "/orgs/acme/..", "/x/../.."]) {
        const candidate = typeof value === "string" && value.startsWith("/") ? `${prefix}${value}` : value;
        const result = sameSitePath(candidate as string);
        expect({ candidate, result, origin: followed(result).origin }).toEqual({ candidate, result, origin: "https://roster.example" });
        expect({ candidate, protocolRelative: /^[/\\]{2}/.test(result) }).toEqual({ candidate, protocolRelative: false });
      }
    }
  });
});
