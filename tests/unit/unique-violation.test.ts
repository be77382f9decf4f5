import { describe, expect, it } from "vitest";
import { onUnique } from "@/lib/db/unique-violation";

const prismaError = (code: string) => Object.assign(new Error(code), { code });

describe("onUnique", () => {
  it("turns a unique-constraint violation into the use case's error, and only that", async () => {
    const conflict = () => new Error("taken");
    await expect(onUnique(Promise.resolve(7), conflict)).resolves.toBe(7);
    await expect(onUnique(Promise.reject(prismaError("P2002")), conflict)).rejects.toThrow("taken");
    await expect(onUnique(Promise.reject(prismaError("P2025")), conflict)).rejects.toThrow("P2025");
    await expect(onUnique(Promise.reject(prismaError("P2002")), async () => new Error("looked up"))).rejects.toThrow("looked up");
  });
});
