import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db/generated/client";
import { foldedContains, likePattern } from "@/lib/db/like-pattern";

describe("LIKE patterns", () => {
  it("find the typed text anywhere, its wildcards and escape taken literally", () => {
    expect(likePattern("ada")).toBe("%ada%");
    expect(likePattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
  });

  it("compare both sides folded, the term as one parameter", () => {
    const sql = foldedContains(Prisma.raw("w.name"), "Zoë_");
    expect(sql.sql).toBe("unaccent(lower(w.name)) LIKE unaccent(lower(?))");
    expect(sql.values).toEqual(["%Zoë\\_%"]);
  });
});
