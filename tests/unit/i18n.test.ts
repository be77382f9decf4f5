import { describe, expect, it } from "vitest";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";
import { catalogs } from "@/lib/i18n/catalogs";
import { localeCookieOf, localeOfVisitor, negotiateLocale, translateLoose, translator, type MessageKey } from "@/lib/i18n";
import { pickMessages } from "@/lib/i18n/pick-messages";

function entries(node: object, prefix = ""): [string, string][] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === "string" ? [[prefix + key, value] as [string, string]] : entries(value, `${prefix}${key}.`),
  );
}

/** A message's ICU shape: each argument with its type, and the branches of plurals and selects. */
function shape(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument) out.add(`${element.value}`);
    if (element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time)
      out.add(`${element.value}:${TYPE[element.type]}`);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      out.add(`${element.value}:${TYPE[element.type]}(${Object.keys(element.options).sort().join("|")})`);
      for (const option of Object.values(element.options)) shape(option.value, out);
    }
    if (element.type === TYPE.tag) shape(element.children, out);
  }
  return out;
}

const NNBSP = "\u202F";

describe("the catalogs", () => {
  it("French has exactly the English keys, and no empty message", () => {
    expect(
      entries(fr)
        .map(([key]) => key)
        .sort(),
    ).toEqual(
      entries(en)
        .map(([key]) => key)
        .sort(),
    );
    for (const [key, value] of entries(catalogs.fr)) expect(value.trim(), key).not.toBe("");
  });

  it("every message is valid ICU, with the same arguments and plural shape in both languages", () => {
    const french = new Map(entries(catalogs.fr));
    for (const [key, english] of entries(en)) {
      const enShape = [...shape(parse(english))].sort();
      const frShape = [...shape(parse(french.get(key)!))].sort();
      expect(frShape, key).toEqual(enShape);
    }
  });

  it("has no singular/plural key pairs left: counts are ICU plurals", () => {
    const keys = entries(en).map(([key]) => key);
    expect(keys.filter((key) => /One$/.test(key))).toEqual([]);
  });
});

describe("the translator", () => {
  it("interpolates parameters", () => {
    expect(translator("fr")("common.page", { page: 2, pages: 5 })).toBe("Page 2 sur 5");
    expect(translator("en")("contacts.form.added", { name: "Ada" })).toBe("Ada was added to the contacts.");
  });

  it("chooses the plural form: French counts 0 and 1 as singular, English only 1", () => {
    const t = { en: translator("en"), fr: translator("fr") };
    expect([0, 1, 2].map((count) => t.en("contacts.results", { count }))).toEqual(["0 contacts", "1 contact", "2 contacts"]);
    expect([0, 1, 2].map((count) => t.fr("contacts.results", { count }))).toEqual(["0 contact", "1 contact", "2 contacts"]);
    expect(t.en("contacts.moreOrders", { count: 1 })).toBe("+1 more order");
    expect(t.fr("contacts.moreOrders", { count: 3 })).toBe("+3 autres commandes");
    expect(t.en("contacts.reassign.done", { name: "Leo", count: 1, replacement: "Sam" })).toBe(
      "Leo was disabled; 1 order now goes to Sam.",
    );
    expect(t.en("contacts.reassign.done", { name: "Leo", count: 2, replacement: "Sam" })).toBe("Leo was disabled; 2 orders now go to Sam.");
    expect(t.fr("contacts.reassign.done", { name: "Léo", count: 0, replacement: "Sam" })).toBe(
      `Léo a été désactivé${NNBSP}; 0 commande revient désormais à Sam.`,
    );
  });

  it("formats counts in the reader's language", () => {
    expect(translator("en")("contacts.results", { count: 12345 })).toBe("12,345 contacts");
    expect(translator("fr")("contacts.results", { count: 12345 })).toBe(`12${NNBSP}345 contacts`);
  });

  it("translates keys carried as data, and falls back to a generic message", () => {
    expect(translateLoose("fr", "errors.email")).toBe("Saisissez une adresse e-mail valide.");
    expect(translateLoose("fr", "errors.tooLong", { max: 120 })).toBe("120 caractères au maximum.");
    expect(translateLoose("en", "Invalid input: something")).toBe("This value is not valid.");
    expect(translateLoose("en", "errors.nothing")).toBe("This value is not valid.");
  });
});

describe("French typography, applied once to the catalog", () => {
  const t = translator("fr");

  it("puts a narrow no-break space before ? ! ; and :", () => {
    expect(t("contacts.disable.title", { name: "Ada" })).toBe(`Désactiver Ada${NNBSP}?`);
    expect(t("home.role", { role: "Membre" })).toBe(`Votre rôle${NNBSP}: Membre`);
    expect(t("errors.slugTaken")).toBe(`Cette adresse est déjà prise${NNBSP}; choisissez-en une autre.`);
    expect(t("contacts.email.reassignedLine", { number: "R-1", roles: "x" })).toBe(`Commande R-1${NNBSP}: x`);
    // No space is added where a colon is not punctuation.
    expect(t("home.slugHelp", { slug: "acme" })).toBe(`Utilisée dans les liens${NNBSP}: /orgs/acme`);
  });

  it("uses French quotes with narrow no-break spaces inside, and the typographic apostrophe", () => {
    expect(t("contacts.errors.replacementNotFound")).toBe(
      `Aucun contact actif n’a cet e-mail. Choisissez «${NNBSP}Une nouvelle personne${NNBSP}» pour l’ajouter.`,
    );
    expect(t("outbox.retryNamed", { subject: "Bienvenue", to: "a@b.test" })).toBe(
      `Renvoyer l’e-mail «${NNBSP}Bienvenue${NNBSP}» à a@b.test`,
    );
    expect(t("nav.overview")).toBe("Vue d’ensemble");
    for (const [key, value] of entries(catalogs.fr)) expect(value, key).not.toMatch(/['"“”]/);
  });

  it("elides de, que, le and la before an interpolated value that starts with a vowel sound", () => {
    expect(t("contacts.email.reassignedSubject", { org: "Acme" })).toBe("Vous êtes désormais contact de commandes d’Acme");
    expect(t("contacts.email.reassignedSubject", { org: "Roster" })).toBe("Vous êtes désormais contact de commandes de Roster");
    expect(t("contacts.tableCaption", { org: "Élan" })).toBe("Contacts d’Élan");
    expect(t("contacts.tableCaption", { org: "Hélios" })).toBe("Contacts d’Hélios");
    expect(t("contacts.tableCaption", { org: "Yahoo" })).toBe("Contacts de Yahoo");
    expect(t("contacts.tableCaption", { org: "Yves & Co" })).toBe("Contacts d’Yves & Co");
    expect(t("contacts.tableCaption", { org: "3M" })).toBe("Contacts de 3M");
    expect(t("invitations.email.someoneAt", { organization: "Initech" })).toBe("Un membre d’Initech");
    expect(t("contacts.form.saved", { name: "Ines" })).toBe("Les modifications d’Ines ont été enregistrées.");
    expect(t("invitations.pending.expired", { date: "8 déc. 2026" })).toBe("Expirée le 8 déc. 2026");
    expect(t("domains.intro", { org: "Acme" })).toMatch(/^Prouvez qu’Acme possède/);
    // Addresses are not words: no elision before an email or a domain name.
    expect(t("auth.confirmBody", { email: "ada@acme.test" })).toBe("Vous allez vous connecter en tant que ada@acme.test.");
    expect(t("domains.copyContext", { domain: "example.com" })).toBe("la valeur TXT de example.com");
    expect(t("contacts.email.reassignedSubject", { org: "Acme" })).not.toContain("\u2060");
    // English is untouched.
    expect(translator("en")("contacts.tableCaption", { org: "Acme" })).toBe("Contacts of Acme");
  });
});

describe("the language of a request", () => {
  it("negotiates Accept-Language with the library's matcher", () => {
    expect(negotiateLocale("fr-CA,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(negotiateLocale("de-DE,de;q=0.9")).toBe("en");
    expect(negotiateLocale("en;q=0.1, fr;q=0.5")).toBe("fr");
    expect(negotiateLocale("de, fr-BE;q=0.5")).toBe("fr");
    expect(negotiateLocale("*, fr;q=0.5")).toBe("fr");
    expect(negotiateLocale("x-klingon, fr")).toBe("fr");
    expect(negotiateLocale(null)).toBe("en");
  });

  it("comes from the cookie, else Accept-Language", () => {
    expect(localeCookieOf("a=1; roster_locale=fr; b=2")).toBe("fr");
    expect(localeCookieOf(undefined)).toBeUndefined();
    expect(localeOfVisitor("fr", "en-US")).toBe("fr");
    expect(localeOfVisitor("de", "fr-FR,fr;q=0.9")).toBe("fr");
    expect(localeOfVisitor(undefined, undefined)).toBe("en");
  });
});

describe("the strings a page hands to its client components", () => {
  it("are only the namespaces it names", () => {
    const picked = pickMessages(catalogs.fr, ["common", "contacts.form", "invitations.panel"]);
    expect(Object.keys(picked).sort()).toEqual(["common", "contacts", "invitations"]);
    expect(Object.keys(picked.contacts as object)).toEqual(["form"]);
    expect(Object.keys(picked.invitations as object)).toEqual(["panel"]);
    expect((picked.contacts as { form: { save: string } }).form.save).toBe("Enregistrer");
  });

  it("is typed: keys are the catalog's", () => {
    const key: MessageKey = "contacts.form.saved";
    expect(translator("en")(key, { name: "Ada" })).toContain("Ada");
  });
});
