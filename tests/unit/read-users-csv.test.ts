// The users file is read as a spreadsheet saved it: BOM or not, `,` or `;`, quoted commas and
// line breaks, CRLF; English or French headers in any order; limits refused before the rest.
import { describe, expect, it } from "vitest";
import { detectDelimiter, readUsersCsv } from "@/lib/users/import/read-users-csv";
import { ImportFileError } from "@/lib/users/import/import-errors";
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/users/import/import-limits";

const bytes = (text: string) => new TextEncoder().encode(text);

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportFileError) return error.messageKey;
    throw error;
  }
  throw new Error("not refused");
}

describe("readUsersCsv", () => {
  it("reads a French spreadsheet's file: BOM, semicolons, a quoted line break and comma, CRLF", () => {
    const text =
      "\uFEFFe-mail;nom;rôle;espaces de travail;langue\r\n" +
      'ana@example.com;"Ana\r\nde la Cruz, PhD";MEMBER;Ventes|Support;fr\r\n' +
      'bob@example.com;"Bob ""B"" Smith";Membre;;\r\n';
    expect(readUsersCsv(bytes(text))).toEqual([
      { line: 2, email: "ana@example.com", name: "Ana\r\nde la Cruz, PhD", role: "MEMBER", workspaces: "Ventes|Support", language: "fr" },
      { line: 3, email: "bob@example.com", name: 'Bob "B" Smith', role: "Membre", workspaces: "", language: "" },
    ]);
  });

  it("reads commas without a BOM, columns in any order, missing columns empty", () => {
    expect(readUsersCsv(bytes('role,Email\nUSER_ADMIN,"c@example.com"\n\n'))).toEqual([
      { line: 2, email: "c@example.com", name: "", role: "USER_ADMIN", workspaces: "", language: "" },
    ]);
  });

  it("detects the delimiter from the header only, outside quotes", () => {
    expect(detectDelimiter('"a;b;c",d\n;;;;')).toBe(",");
    expect(detectDelimiter("a;b;c,d\n")).toBe(";");
  });

  it("refuses a file over the limits, not UTF-8, without an email column, or malformed", () => {
    expect(refusal(() => readUsersCsv(new Uint8Array(MAX_IMPORT_BYTES + 1)))).toBe("users.import.errors.tooLarge");
    const many = "email\n" + Array.from({ length: MAX_IMPORT_ROWS + 5 }, (_, i) => `u${i}@example.com`).join("\n");
    expect(refusal(() => readUsersCsv(bytes(many)))).toBe("users.import.errors.tooManyRows");
    const exactly = "email\n" + Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => `u${i}@example.com`).join("\n");
    expect(readUsersCsv(bytes(exactly))).toHaveLength(MAX_IMPORT_ROWS);
    expect(refusal(() => readUsersCsv(new Uint8Array([0x65, 0x6d, 0xff, 0xfe, 0x0a])))).toBe("users.import.errors.notUtf8");
    expect(refusal(() => readUsersCsv(bytes("name,role\nAna,MEMBER\n")))).toBe("users.import.errors.noEmailColumn");
    expect(refusal(() => readUsersCsv(bytes('email\n"unclosed@example.com\n')))).toBe("users.import.errors.malformed");
    expect(refusal(() => readUsersCsv(bytes("email\n")))).toBe("users.import.errors.noRows");
    expect(refusal(() => readUsersCsv(bytes("  \n")))).toBe("users.import.errors.empty");
  });
});
