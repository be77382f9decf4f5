import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";
import { negotiateLocale, translateLoose, translator } from "@/lib/i18n";

function keys(node: object, prefix = ""): string[] {
  return Object.entries(node).flatMap(([key, value]) => (typeof value === "string" ? [prefix + key] : keys(value, `${prefix}${key}.`)));
}

describe("i18n", () => {
  it("French has every English key, and no empty message", () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
    for (const key of keys(fr)) expect(translator("fr")(key as never)).not.toBe("");
  });

  it("interpolates parameters", () => {
    expect(translator("fr")("common.page", { page: 2, pages: 5 })).toBe("Page 2 sur 5");
  });

  it("translates keys carried as data, and falls back to a generic message", () => {
    expect(translateLoose("fr", "errors.email")).toBe("Saisissez une adresse e-mail valide.");
    expect(translateLoose("en", "Invalid input: something")).toBe("This value is not valid.");
  });

  it("negotiates the language from Accept-Language", () => {
    expect(negotiateLocale("fr-CA,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(negotiateLocale("de-DE,de;q=0.9")).toBe("en");
    expect(negotiateLocale(null)).toBe("en");
  });
});

describe("the visitor's language", () => {
  it("comes from the cookie, else Accept-Language", async () => {
    const { localeOfVisitor, localeCookieOf } = await import("@/lib/i18n");
    expect(localeCookieOf("a=1; roster_locale=fr; b=2")).toBe("fr");
    expect(localeCookieOf(undefined)).toBeUndefined();
    expect(localeOfVisitor("fr", "en-US")).toBe("fr");
    expect(localeOfVisitor("de", "fr-FR,fr;q=0.9")).toBe("fr");
    expect(localeOfVisitor(undefined, undefined)).toBe("en");
  });
});
