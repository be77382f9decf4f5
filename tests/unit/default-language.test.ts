// A new contact's language starts as the organization's default language, else the interface's.
import { describe, expect, it } from "vitest";
import { defaultContactLanguage } from "@/lib/contacts/default-language";

describe("a new contact's default language", () => {
  it("is the organization's default language when it has one", () => {
    expect(defaultContactLanguage({ id: "o", defaultLocale: "fr" }, "en")).toBe("fr");
    expect(defaultContactLanguage({ id: "o", defaultLocale: "en" }, "fr")).toBe("en");
  });
  it("else the language of the interface the admin uses", () => {
    expect(defaultContactLanguage({ id: "o" }, "fr")).toBe("fr");
    expect(defaultContactLanguage({ id: "o", defaultLocale: null }, "en")).toBe("en");
  });
});
