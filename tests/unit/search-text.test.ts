import { describe, expect, it } from "vitest";
import { contactSearchText, normalizeEmail } from "@/lib/contacts/search-text";

describe("contactSearchText", () => {
  it("joins name and email, lower-cased", () => {
    expect(contactSearchText("Alice Martin", "admin@acme.test")).toBe("alice martin admin@acme.test");
  });

  it("removes accents", () => {
    expect(contactSearchText("Élodie Lefèvre", "elodie@acme.test")).toBe("elodie lefevre elodie@acme.test");
    expect(contactSearchText("Inès García Núñez", "x@y.test")).toBe("ines garcia nunez x@y.test");
    expect(contactSearchText("Jürgen Schäfer", "J@Y.TEST")).toBe("jurgen schafer j@y.test");
  });

  it("removes accents written with combining marks and capital accented letters", () => {
    expect(contactSearchText("E\u0301LISE", "e@x.test")).toBe("elise e@x.test");
    expect(contactSearchText("ÉMILE İLHAN", "e@x.test")).toBe("emile ilhan e@x.test");
  });

  it("collapses and trims whitespace", () => {
    expect(contactSearchText("  Zoé \t  Lambert\n", " zoe@acme.test ")).toBe("zoe lambert zoe@acme.test");
    expect(contactSearchText("", "a@b.test")).toBe("a@b.test");
  });

  it("keeps other characters", () => {
    expect(contactSearchText("Jack O'Connor", "jack.oconnor+tag@acme.test")).toBe("jack o'connor jack.oconnor+tag@acme.test");
  });
});

describe("normalizeEmail", () => {
  it("trims and lower-cases", () => {
    expect(normalizeEmail("  Alice.Martin@ACME.test ")).toBe("alice.martin@acme.test");
    expect(normalizeEmail("bob@example.test")).toBe("bob@example.test");
  });
});
