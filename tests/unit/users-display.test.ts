import { describe, expect, it } from "vitest";
import { maskEmail } from "@/lib/invitations/mask-email";
import { formatRelative } from "@/lib/i18n/relative-time";
import { initials } from "@/components/ui/avatar";
import { renderEmail } from "@/lib/mail/render-email";
import { userInvitationEmail } from "@/emails/user-invitation";

describe("the address a user invitation is for, masked", () => {
  it("keeps the first letter and the domain", () => {
    expect(maskEmail("jane.doe@acme.test")).toBe("j•••@acme.test");
    expect(maskEmail("j@acme.test")).toBe("j•••@acme.test");
    expect(maskEmail("no-at-sign")).toBe("•••");
  });
});

describe("initials of an avatar", () => {
  // As the users and workspace pages draw it: the name, else the email.
  const initialsOf = (name: string | null, email: string) => initials(name?.trim() || email);
  it("first and last word of the name, else of the email's local part", () => {
    expect(initialsOf("Alice Martin", "a@x.test")).toBe("AM");
    expect(initialsOf("Jean-Luc de la Tour", "a@x.test")).toBe("JT");
    expect(initialsOf("Élodie", "e@x.test")).toBe("É");
    expect(initialsOf(null, "jane.doe@x.test")).toBe("JD");
    expect(initialsOf("  ", "zoe@x.test")).toBe("Z");
  });
});

describe("last active, relative", () => {
  const now = new Date("2026-11-27T12:00:00Z");
  it("in the largest whole unit, in the reader's language", () => {
    expect(formatRelative("en", new Date("2026-11-27T11:53:00Z"), now)).toBe("7 minutes ago");
    expect(formatRelative("en", new Date("2026-11-26T10:00:00Z"), now)).toBe("yesterday");
    expect(formatRelative("fr", new Date("2026-11-24T12:00:00Z"), now)).toBe("il y a 3 jours");
    expect(formatRelative("en", new Date("2026-11-27T11:59:50Z"), now)).toBe("this minute");
  });
});

describe("the user invitation email", () => {
  it("names the inviter, the organization, the role and the address to sign in with, in both languages", async () => {
    const preview = userInvitationEmail.preview;
    const en = await renderEmail("user-invitation", preview, { locale: "en", reasons: [{ rule: "INVITEE" }] });
    expect(en.subject).toBe("Alice Martin invites you to join Acme Corporation on Roster");
    expect(en.text).toContain("You are invited as Member.");
    expect(en.text).toContain("sign in with jane.doe@acme.test");
    expect(en.text).toContain(preview.url);
    const fr = await renderEmail("user-invitation", { ...preview, role: "USER_ADMIN" }, { locale: "fr", reasons: [{ rule: "INVITEE" }] });
    expect(fr.subject).toBe("Alice Martin vous invite à rejoindre Acme Corporation sur Roster");
    expect(fr.text).toContain("Administrateur des utilisateurs");
    expect(fr.html).toContain('lang="fr"');
  });
});

describe("dates in lists", () => {
  it("the reused formatter writes what formatDate writes", async () => {
    const { formatDate } = await import("@/lib/i18n/format");
    const { formatDateCached } = await import("@/lib/i18n/relative-time");
    const date = new Date("2026-11-30T08:05:00Z");
    for (const locale of ["en", "fr"] as const) {
      expect(formatDateCached(locale, date)).toBe(formatDate(locale, date));
      expect(formatDateCached(locale, date, { dateStyle: "medium", timeStyle: "short" })).toBe(
        formatDate(locale, date, { dateStyle: "medium", timeStyle: "short" }),
      );
    }
  });
});

describe("the pager of a list read by page number", () => {
  it("links first, previous, next and last as far as the total allows", async () => {
    const { offsetNav } = await import("@/lib/pagination/offset-nav");
    expect(offsetNav(1, 25, { count: 60, kind: "exact" })).toEqual({
      page: 1,
      pages: 3,
      pagesKind: "exact",
      first: null,
      previous: null,
      next: { page: 2 },
      last: { page: 3 },
    });
    expect(offsetNav(3, 25, { count: 60, kind: "exact" })).toMatchObject({
      pages: 3,
      first: { page: 1 },
      previous: { page: 2 },
      next: null,
      last: null,
    });
    expect(offsetNav(1, 25, { count: 0, kind: "exact" })).toMatchObject({ pages: 1, next: null });
    // Past the cap: more pages follow, but no last page to offer.
    expect(offsetNav(400, 25, { count: 10_000, kind: "atLeast" })).toMatchObject({
      pages: 401,
      pagesKind: "atLeast",
      next: { page: 401 },
      last: null,
    });
  });
});
