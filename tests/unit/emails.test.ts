// The email templates (react-email components) rendered to HTML and text, in both languages.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { render } from "@react-email/render";
import { EMAIL_TEMPLATE_NAMES, emailTemplates } from "@/emails";
import { assertEmailUrl, EmailLayout } from "@/emails/frame/email-layout";
import { emailFooter } from "@/emails/frame/footer";
import { renderEmail, renderPreview } from "@/lib/mail/render-email";
import { formatDuration, LOCALES, translator } from "@/lib/i18n";

const url = "https://roster.example/signin/confirm?token=abc&email=ada%40example.com";

describe("every template", () => {
  it.each(EMAIL_TEMPLATE_NAMES.flatMap((name) => LOCALES.map((locale) => [name, locale] as const)))(
    "%s renders its preview in %s: subject, HTML in that language, text twin, why in the footer",
    async (name, locale) => {
      const email = await renderPreview(name, locale);
      const template = emailTemplates[name];
      expect(email.subject).not.toBe("");
      expect(email.html).toMatch(new RegExp(`<html[^>]* lang="${locale}"`));
      expect(email.text).not.toContain("<");
      const footer = emailFooter(locale, template.previewReasons, template.organization(template.preview as never));
      expect(email.text).toContain(footer.why);
      if (footer.settings) expect(email.text).toContain(footer.settings.url);
      // Every link is absolute, and the preheader stays out of the text part.
      for (const [, href] of email.html.matchAll(/href="([^"]+)"/g)) expect(href).toMatch(/^https?:\/\//);
    },
  );

  it.each(EMAIL_TEMPLATE_NAMES)("%s says something different in French", async (name) => {
    const [en, fr] = await Promise.all([renderPreview(name, "en"), renderPreview(name, "fr")]);
    expect(fr.text).not.toBe(en.text);
  });
});

describe("footer", () => {
  it("joins the reasons into one sentence in the recipient's language, with the contact settings link for an organization's contacts", () => {
    const footer = emailFooter("en", [{ rule: "ORDER_BILLING", orderNumber: "2026-0042" }, { rule: "UNPAID_INVOICES" }], {
      name: "Acme",
      slug: "acme",
    });
    expect(footer.why).toBe(
      "You receive this email because you are the billing contact of order 2026-0042 and you receive the unpaid invoice reminders of Acme.",
    );
    expect(footer.settings?.url).toMatch(/\/orgs\/acme\/contacts$/);
    const fr = emailFooter("fr", [{ rule: "ORDER_BILLING", orderNumber: "2026-0042" }], { name: "Acme", slug: "acme" });
    expect(fr.why).toBe("Vous recevez cet e-mail parce que vous êtes le contact de facturation de la commande 2026-0042.");
  });

  it("has no settings link for a sign-in link or an invitation, which do not come from contact roles", () => {
    expect(emailFooter("en", [{ rule: "SIGNING_IN" }], null).settings).toBeUndefined();
    expect(emailFooter("en", [{ rule: "INVITEE" }], { name: "Acme", slug: "acme" }).settings).toBeUndefined();
  });
});

describe("sign-in email", () => {
  it.each(["en", "fr"] as const)("says how long the link works and holds it, in %s", async (locale) => {
    const t = translator(locale);
    const email = await renderEmail(
      "sign-in",
      { email: "ada@example.com", url, lifetimeMinutes: 60 },
      { locale, reasons: [{ rule: "SIGNING_IN" }] },
    );
    expect(email.subject).toBe(t("emails.signIn.subject"));
    expect(email.text).toContain(t("emails.signIn.body", { email: "ada@example.com", lifetime: formatDuration(locale, 60) }));
    expect(email.html).toContain(`href="${url.replace(/&/g, "&amp;")}"`);
    expect(email.text).toContain(url);
    expect(email.text).toContain(t("emails.signIn.ignore"));
  });

  it("escapes the address in the HTML", async () => {
    const email = await renderEmail(
      "sign-in",
      { email: `"<script>alert(1)</script>"@evil.test`, url, lifetimeMinutes: 60 },
      { locale: "en", reasons: [{ rule: "SIGNING_IN" }] },
    );
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(email.text).toContain(`"<script>alert(1)</script>"@evil.test`);
  });
});

describe("layout", () => {
  it("refuses links that are not absolute http(s) URLs", async () => {
    expect(() => assertEmailUrl("javascript:alert(1)")).toThrow(/http/);
    expect(() => assertEmailUrl("/relative")).toThrow(/absolute/);
    const element = createElement(
      EmailLayout,
      { locale: "en", preview: "", heading: "", footer: { why: "" }, button: { label: "x", url: "javascript:alert(1)" } },
      null,
    );
    await expect(render(element)).rejects.toThrow(/http/);
  });
});

describe("vendor notices", () => {
  // Their Markdown against injection: tests/unit/vendor-notice-markdown.test.ts.
  it("keep the vendor's Markdown but no HTML of theirs", async () => {
    const template = emailTemplates["security-privacy"];
    const email = await renderEmail(
      "security-privacy",
      { ...template.preview, body: "**Bold** <img src=x onerror=alert(1)>\n\n```\n<script>x</script>\n```" },
      { locale: "en", reasons: template.previewReasons },
    );
    expect(email.html).toMatch(/<strong[^>]*>Bold<\/strong>/);
    expect(email.html).not.toMatch(/<img src=x|<script>/);
    expect(email.text).toContain("<img src=x onerror=alert(1)>");
  });
});

describe("French typography in emails (from the message layer)", () => {
  const orders = [{ number: "R-1042", licensee: true, billing: false }];
  const reassigned = (name: string) =>
    renderEmail(
      "orders-reassigned",
      { organization: { name, slug: "acme" }, previous: "Jeanne Roux", orders, url: "https://roster.example/" },
      { locale: "fr", reasons: [{ rule: "REPLACEMENT_CONTACT" }] },
    );

  it("elides before an organization name that starts with a vowel sound, in the subject, body and footer", async () => {
    const acme = await reassigned("Acme");
    expect(acme.subject).toBe("Vous êtes désormais contact de commandes d’Acme");
    expect(acme.text).toContain("Jeanne Roux n’est plus contact d’Acme.");
    expect(acme.text).toContain("des commandes d’Acme vous ont été réattribuées");
    expect(acme.html).toContain("Des commandes d’Acme vous sont confiées");
    const roster = await reassigned("Roster");
    expect(roster.subject).toBe("Vous êtes désormais contact de commandes de Roster");
    for (const email of [acme, roster]) expect(email.html + email.text + email.subject).not.toContain("\u2060");
  });

  it("puts a narrow no-break space before colons and uses the typographic apostrophe", async () => {
    const email = await reassigned("Acme");
    expect(email.text).toContain("Commande R-1042\u202F: vous recevez le certificat de licence");
    expect(email.text).toContain("Vous reprenez son rôle sur ces commandes\u202F:");
    expect(email.html).toContain("Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur\u202F:");
    expect(email.text).not.toMatch(/ [:;?!]|'/);
  });
});
