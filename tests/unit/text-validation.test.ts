import { describe, expect, it } from "vitest";
import { singleLineText, textProblem } from "@/lib/validation/text";
import { idField } from "@/lib/validation/fields";
import { addContactSchema, disableAndReassignSchema, parseContactListQuery, updateContactSchema } from "@/lib/contacts/schemas";
import { createOrganizationSchema } from "@/lib/orgs/schemas";
import { addDomainSchema } from "@/lib/domains/schemas";

const BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"];

describe("singleLineText", () => {
  const field = singleLineText({ max: 10 });
  const messages = (value: unknown) => field.safeParse(value).error?.issues.map((issue) => issue.message);

  it("keeps ordinary text, trimmed, including accents, scripts, emoji and direction marks", () => {
    for (const value of ["Zoë Ørsted", "Ἀλέξανδρος", "محمد", "עִברִית\u200f", "李雷", "Ann 👩‍💻"])
      expect(singleLineText({ max: 100 }).parse(` ${value} `)).toBe(value);
  });

  it.each([
    ["a\nb", "errors.lineBreak"],
    ["a\r\nb", "errors.lineBreak"],
    ["a\u2028b", "errors.lineBreak"],
    ["a\u0000b", "errors.controlCharacters"],
    ["a\tb", "errors.controlCharacters"],
    ["a\u0007b", "errors.controlCharacters"],
    ["a\u007fb", "errors.controlCharacters"],
    ["a\u009bb", "errors.controlCharacters"],
    ...BIDI.map((c) => [`moc.${c}evil`, "errors.bidiCharacters"]),
  ])("refuses %j with one message: %s", (value, key) => {
    expect(messages(value)).toEqual([key]);
    expect(textProblem(value)).toBe(key);
  });

  it("checks presence and length after the characters, one message at a time", () => {
    expect(messages("")).toEqual(["errors.required"]);
    expect(messages("   ")).toEqual(["errors.required"]);
    expect(messages(undefined)).toEqual(["errors.required"]);
    expect(field.safeParse("x".repeat(11)).error?.issues).toMatchObject([{ message: "errors.tooLong", maximum: 10 }]);
    expect(messages(`${"x".repeat(20)}\u0000`)).toEqual(["errors.controlCharacters"]);
    expect(singleLineText({ max: 10, optional: true }).parse("  ")).toBe("");
  });
});

describe("every name-like field uses it", () => {
  const base = { email: "a@example.com", language: "en", roles: [] };
  it.each([
    ["contact name (add)", (name: string) => addContactSchema.safeParse({ ...base, name }), "name"],
    ["contact name (edit)", (name: string) => updateContactSchema.safeParse({ ...base, contactId: "c1", name }), "name"],
    [
      "replacement name",
      (name: string) =>
        disableAndReassignSchema.safeParse({
          contactId: "c1",
          orderIds: ["o1"],
          replacement: "new",
          replacementName: name,
          replacementEmail: "r@example.com",
        }),
      "replacementName",
    ],
    ["organization name", (name: string) => createOrganizationSchema.safeParse({ name, slug: "acme-corp" }), "name"],
    ["domain", (name: string) => addDomainSchema.safeParse({ domain: name }), "domain"],
  ] as const)("%s", (_, parse, field) => {
    for (const [value, key] of [
      ["Acme\nCorp", "errors.lineBreak"],
      ["Acme\u0000", "errors.controlCharacters"],
      ["\u202eAcme", "errors.bidiCharacters"],
    ] as const) {
      expect(parse(value).error?.issues).toMatchObject([{ path: [field], message: key }]);
    }
  });

  it("ids from forms are letters, digits, - and _ only", () => {
    expect(idField.parse(" cm1abc_D-2 ")).toBe("cm1abc_D-2");
    for (const value of ["a\u0000b", "a b", "a/b", "x".repeat(65), ""]) expect(idField.safeParse(value).success).toBe(false);
  });
});

describe("the contacts search", () => {
  it("parses the list's parameters; malformed filters fall back to their defaults", () => {
    expect(parseContactListQuery({ q: "  Zoë ", status: "ACTIVE", role: "NOPE", page: "x", size: "50" })).toEqual({
      query: { q: "Zoë", status: "ACTIVE", role: undefined, page: 1, size: 50 },
      searchProblem: null,
    });
    expect(parseContactListQuery({})).toEqual({
      query: { q: "", status: undefined, role: undefined, page: 1, size: 25 },
      searchProblem: null,
    });
    expect(parseContactListQuery({ q: ["first", "second"] }).query.q).toBe("first");
  });

  it.each([
    ["a\u0000b", { messageKey: "errors.controlCharacters", params: {} }],
    ["a\nb", { messageKey: "errors.lineBreak", params: {} }],
    ["\u202eabc", { messageKey: "errors.bidiCharacters", params: {} }],
    ["x".repeat(101), { messageKey: "errors.tooLong", params: { max: 100 } }],
  ])("refuses %j instead of dropping it, keeping the other filters and the text as typed", (q, problem) => {
    const parsed = parseContactListQuery({ q, status: "DISABLED", size: "100" });
    expect(parsed.searchProblem).toEqual(problem);
    expect(parsed.query).toEqual({ q, status: "DISABLED", role: undefined, page: 1, size: 100 });
  });
});
