// The body limit of each path: the users import page takes a 5 MB file; every other path keeps the server action limit.
import { describe, expect, it } from "vitest";
import { bodyLimitFor, SERVER_ACTION_BODY_LIMIT_BYTES, USER_IMPORT_BODY_LIMIT_BYTES } from "@/lib/http/limits";
import { MAX_IMPORT_BYTES } from "@/lib/users/import/import-limits";

describe("bodyLimitFor", () => {
  it("gives the import page room for its largest file, and nothing else", () => {
    expect(USER_IMPORT_BODY_LIMIT_BYTES).toBeGreaterThan(MAX_IMPORT_BYTES);
    expect(bodyLimitFor("/orgs/acme/users/import")).toBe(USER_IMPORT_BODY_LIMIT_BYTES);
    expect(bodyLimitFor("/orgs/acme/users/import?x=1")).toBe(USER_IMPORT_BODY_LIMIT_BYTES);
    for (const path of ["/orgs/acme/users", "/orgs/acme/users/import/abc", "/orgs/acme/contacts", "/orgs/a/b/users/import", "/"])
      expect(bodyLimitFor(path)).toBe(SERVER_ACTION_BODY_LIMIT_BYTES);
  });
});
