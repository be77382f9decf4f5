import { createHash } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import {
  generateInvitationToken,
  hashToken,
  INVITATION_TTL_MS,
  invitationExpiry,
  invitationUrl,
  tokenMatches,
} from "@/lib/invitations/token";
import { invitationState } from "@/lib/invitations/state";
import { acceptInvitationSchema, createContactInvitationSchema, sendInvitationEmailSchema } from "@/lib/invitations/schemas";
import { contactInvitationMessage } from "@/emails/contact-invitation";
import { emailTemplates } from "@/emails";
import { renderEmail } from "@/lib/mail/render-email";
import type { ContactRoleType } from "@/lib/db/generated/enums";
import { translator, type Locale } from "@/lib/i18n";
import { appUrl } from "@/lib/config";

describe("invitation tokens", () => {
  it("are 32 random bytes in base64url (43 URL-safe characters), never the same twice", () => {
    const tokens = Array.from({ length: 200 }, generateInvitationToken);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it("are stored as their SHA-256 in hex", () => {
    const token = generateInvitationToken();
    expect(hashToken(token)).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token);
    expect(hashToken("a")).not.toBe(hashToken("b"));
  });

  it("match only their own hash", () => {
    const token = generateInvitationToken();
    expect(tokenMatches(token, hashToken(token))).toBe(true);
    expect(tokenMatches(generateInvitationToken(), hashToken(token))).toBe(false);
    expect(tokenMatches(token, "not-a-hash")).toBe(false);
  });

  it("expire 7 days after they are issued", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(INVITATION_TTL_MS).toBe(7 * 24 * 3600 * 1000);
    expect(invitationExpiry(now).toISOString()).toBe("2026-01-08T00:00:00.000Z");
  });

  describe("links", () => {
    const original = process.env.APP_URL;
    afterEach(() => {
      process.env.APP_URL = original;
    });
    it("are absolute, under APP_URL (the app's one public URL, lib/config.ts)", () => {
      process.env.APP_URL = "https://roster.example/";
      expect(invitationUrl("abc_-1")).toBe("https://roster.example/invite/abc_-1");
      expect(invitationUrl("abc_-1")).toBe(appUrl("/invite/abc_-1"));
    });
  });
});

describe("invitation state", () => {
  const now = new Date("2026-01-01T12:00:00Z");
  const base = { acceptedAt: null, revokedAt: null, expiresAt: new Date("2026-01-02T00:00:00Z") };
  it("is used, then revoked, then expired, else valid", () => {
    expect(invitationState(base, now)).toBe("valid");
    expect(invitationState({ ...base, expiresAt: now }, now)).toBe("expired");
    expect(invitationState({ ...base, revokedAt: now, expiresAt: new Date(0) }, now)).toBe("revoked");
    expect(invitationState({ ...base, acceptedAt: now, revokedAt: now }, now)).toBe("used");
  });
});

describe("invitation schemas", () => {
  it("take a checkbox group of roles, drop duplicates, refuse unknown roles and an empty choice", () => {
    expect(createContactInvitationSchema.parse({ roles: "NEW_QUOTES", language: "fr" })).toEqual({ roles: ["NEW_QUOTES"], language: "fr" });
    expect(createContactInvitationSchema.parse({ roles: ["NEW_QUOTES", "NEW_QUOTES", "PRIMARY_BILLING"], language: "en" }).roles).toEqual([
      "NEW_QUOTES",
      "PRIMARY_BILLING",
    ]);
    expect(createContactInvitationSchema.safeParse({ roles: ["SUPERUSER"], language: "en" }).success).toBe(false);
    expect(createContactInvitationSchema.safeParse({ language: "en" }).error?.issues[0].message).toBe("invitations.errors.noRoles");
    expect(createContactInvitationSchema.safeParse({ roles: ["NEW_QUOTES"], language: "de" }).success).toBe(false);
  });

  it("normalise the email and require the token", () => {
    expect(sendInvitationEmailSchema.parse({ invitationId: "i1", token: "t", email: "  Ada@Example.COM " }).email).toBe("ada@example.com");
    expect(sendInvitationEmailSchema.safeParse({ invitationId: "i1", token: "t", email: "nope" }).success).toBe(false);
    expect(acceptInvitationSchema.safeParse({ token: "" }).success).toBe(false);
  });
});

describe("contact invitation email", () => {
  const template = emailTemplates["contact-invitation"];
  const props = {
    ...template.preview,
    roles: ["SECURITY_PRIVACY", "PRIMARY_TECHNICAL"] as ContactRoleType[],
    url: "https://roster.example/invite/tok_en-1",
  };
  const render = (locale: Locale, overrides: Partial<typeof props> = {}) =>
    renderEmail("contact-invitation", { ...props, ...overrides }, { locale, reasons: [{ rule: "INVITEE" }] });

  it.each(["en", "fr"] as const)(
    "says who invites, to which organization, the roles in plain words, the link and the expiry (%s)",
    async (locale) => {
      const t = translator(locale);
      const email = await render(locale);
      expect(email.subject).toBe(t("invitations.email.subject", { inviter: "Alice Martin", organization: "Acme Corporation" }));
      expect(email.html).toContain(`lang="${locale}"`);
      expect(email.html).toContain(`href="${props.url}"`);
      expect(email.text).toContain(props.url);
      expect(email.text).toContain(t("contactRoles.PRIMARY_TECHNICAL"));
      expect(email.text).toContain(t("invitations.roleDescriptions.SECURITY_PRIVACY"));
      // Canonical order: primary roles before notifications.
      expect(email.text.indexOf(t("contactRoles.PRIMARY_TECHNICAL"))).toBeLessThan(email.text.indexOf(t("contactRoles.SECURITY_PRIVACY")));
      expect(email.text).toContain(locale === "fr" ? "8 décembre 2026" : "8 December 2026");
      expect(email.text).not.toContain(t("contactRoles.PRIMARY_BILLING"));
    },
  );

  it.each(["en", "fr"] as const)("names the organization when the inviter is unknown (%s)", async (locale) => {
    const t = translator(locale);
    const email = await render(locale, { inviterName: null });
    const inviter = t("invitations.email.someoneAt", { organization: "Acme Corporation" });
    expect(inviter).toBe(locale === "fr" ? "Un membre d’Acme Corporation" : "A member of Acme Corporation");
    expect(email.subject).toBe(t("invitations.email.subject", { inviter, organization: "Acme Corporation" }));
    expect(email.text).not.toContain("Roster invites");
    expect(contactInvitationMessage(locale, { ...props, inviterName: null }).subject).toBe(email.subject);
  });

  it("escapes names in the HTML", async () => {
    const email = await render("en", { inviterName: "<b>Eve</b>", organization: { name: "A&B", slug: "ab" } });
    expect(email.html).not.toContain("<b>Eve</b>");
    expect(email.html).toContain("&lt;b&gt;Eve&lt;/b&gt;");
    expect(email.html).toContain("A&amp;B");
  });

  it("has a plain message twin with the same words and the link, for Copy and mailto:", async () => {
    const email = await render("fr");
    const message = contactInvitationMessage("fr", props);
    expect(message.subject).toBe(email.subject);
    expect(message.text).toContain(props.url);
    for (const line of message.text.split("\n").filter(Boolean)) expect(email.text).toContain(line);
  });
});
