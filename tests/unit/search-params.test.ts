import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { singleValued } from "@/lib/validation/search-params";
import { confirmSignInQuerySchema, signInErrorQuerySchema, signInPageQuerySchema } from "@/lib/auth/sign-in-schemas";
import { userListQuerySchema } from "@/lib/users/schemas";
import { emailLogQuerySchema } from "@/lib/mail/organization-emails";
import { parseListQuery } from "@/lib/validation/list-query";
import { NextRequest } from "next/server";
import { withAuthQuery } from "@/lib/auth/auth-query";

describe("singleValued (the one rule for URL parameters)", () => {
  it("keeps a parameter given once, and drops one given more than once, from a page's record and from a URL alike", () => {
    expect(singleValued({ q: "ada", page: ["2", "3"], size: ["50"], role: undefined })).toEqual({ q: "ada", size: "50" });
    expect(singleValued(new URLSearchParams("q=ada&page=2&page=3&size=50&empty="))).toEqual({ q: "ada", size: "50", empty: "" });
  });

  it("makes parameters named like Object's properties plain entries", () => {
    const values = singleValued(new URLSearchParams("__proto__=x&constructor=y&toString=z"));
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(Object.entries(values)).toEqual([
      ["__proto__", "x"],
      ["constructor", "y"],
      ["toString", "z"],
    ]);
  });
});

describe("URL schemas after the rule never throw", () => {
  const junk = ["", "\u0000", "-1", "NaN", "1e400", "9".repeat(400), "[]", "\u202e"];

  it("sign-in pages: a doubled or foreign callbackUrl leads home, junk is ignored", () => {
    expect(signInPageQuerySchema.parse(singleValued(new URLSearchParams("callbackUrl=/orgs/acme&callbackUrl=/orgs/b")))).toEqual({
      callbackUrl: "/",
    });
    expect(signInPageQuerySchema.parse(singleValued(new URLSearchParams("callbackUrl=/orgs/acme")))).toEqual({ callbackUrl: "/orgs/acme" });
    expect(signInErrorQuerySchema.parse(singleValued({ error: ["Verification", "x"] }))).toEqual({ error: undefined });
    expect(confirmSignInQuerySchema.parse(singleValued({ token: ["a", "b"], email: "a@b.c" }))).toEqual({
      token: "",
      email: "a@b.c",
      callbackUrl: "",
    });
    for (const value of junk) {
      expect(() => signInPageQuerySchema.parse({ callbackUrl: value })).not.toThrow();
      expect(() => signInErrorQuerySchema.parse({ error: value.repeat(50) })).not.toThrow();
      expect(() => confirmSignInQuerySchema.parse({ token: value.repeat(50), email: value, callbackUrl: value })).not.toThrow();
    }
  });

  it("lists: every filter falls back to its default", () => {
    for (const value of junk) {
      const raw = { q: "a", role: value, status: value, sort: value, page: value, size: value, after: value, before: value, last: value };
      expect(() => parseListQuery(userListQuerySchema, raw)).not.toThrow();
      expect(() => emailLogQuerySchema.parse(raw)).not.toThrow();
    }
  });
});

describe("Auth.js's endpoints get the rule too", () => {
  const saved = { ...process.env };
  beforeEach(() => {
    process.env.APP_URL = "http://localhost:3000";
  });
  afterEach(() => {
    process.env = { ...saved };
  });
  const query = (path: string) => Object.fromEntries(withAuthQuery(new NextRequest(`http://localhost:3000${path}`)).nextUrl.searchParams);

  it("drop a repeated parameter and keep a callbackUrl only as a path of this site", () => {
    expect(query("/api/auth/callback/nodemailer?token=a&token=b&email=x%40y.z")).toEqual({ email: "x@y.z" });
    expect(query("/api/auth/session?callbackUrl=-1")).toEqual({ callbackUrl: "/" });
    expect(query("/api/auth/signin?callbackUrl=%2F.%2F%2Fevil.com")).toEqual({ callbackUrl: "/" });
    expect(query("/api/auth/signin?callbackUrl=http%3A%2F%2Flocalhost%3A3000%2Forgs%2Facme")).toEqual({ callbackUrl: "/orgs/acme" });
  });

  it("leave a request that follows the rule as it is", () => {
    const request = new NextRequest("http://localhost:3000/api/auth/callback/nodemailer?callbackUrl=%2Forgs&token=a&email=b");
    expect(withAuthQuery(request)).toBe(request);
  });
});
