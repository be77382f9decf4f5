import { describe, expect, it } from "vitest";
import { emailTemplates, renderPreview } from "@/emails";
import { escapeHtml, html, renderEmailLayout, unsafeRawHtml } from "@/emails/layout";
import { preview, signInEmail } from "@/emails/sign-in";
import { ordersReassignedEmail } from "@/emails/orders-reassigned";
import { formatDuration, translator } from "@/lib/i18n";

describe("html tagged template", () => {
  it("escapes interpolated values but keeps SafeHtml and joins arrays", () => {
    const name = `<img src=x onerror="alert(1)">&'`;
    const out = html`<p title="${name}">${name}</p>${[html`<b>${"a<b"}</b>`, "<i>"]}${unsafeRawHtml("<hr>")}${null}${undefined}`;
    expect(out.value).toBe(
      `<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;</p><b>a&lt;b</b>&lt;i&gt;<hr>`,
    );
    expect(escapeHtml(`"&"`)).toBe("&quot;&amp;&quot;");
  });
});

describe("email layout", () => {
  it("is accessible, table-based HTML with a text twin holding the button URL", () => {
    const { html: body, text } = renderEmailLayout({
      locale: "fr",
      preheader: "Pre",
      heading: "Titre",
      paragraphs: ["Un", "Deux"],
      button: { label: "Aller", url: "https://example.com/a?b=1&c=2" },
      footer: "Pied",
    });
    expect(body).toMatch(/^<!DOCTYPE html>/);
    expect(body).toContain('<html lang="fr"');
    expect(body).toContain('role="presentation"');
    expect(body).not.toMatch(/<table(?![^>]*role="presentation")/);
    expect(body).toContain('href="https://example.com/a?b=1&amp;c=2"');
    expect(body).toContain(translator("fr")("emails.buttonFallback"));
    expect(text).toContain("Aller\nhttps://example.com/a?b=1&c=2\n");
    expect(text).toContain("Titre\n\nUn\n\nDeux\n");
    expect(text).toContain("Pied");
  });

  it("refuses links that are not http(s)", () => {
    const props = { locale: "en" as const, preheader: "", heading: "", paragraphs: [], footer: "" };
    expect(() => renderEmailLayout({ ...props, button: { label: "x", url: "javascript:alert(1)" } })).toThrow(/http/);
    expect(() => renderEmailLayout({ ...props, button: { label: "x", url: "/relative" } })).toThrow(/absolute/);
  });
});

describe("sign-in email", () => {
  const url = "https://roster.example/api/auth/callback/email?token=abc&email=ada%40example.com";

  it.each(["en", "fr"] as const)("renders in %s", (locale) => {
    const t = translator(locale);
    const email = signInEmail({ locale, email: "ada@example.com", url });
    expect(email.subject).toBe(t("emails.signIn.subject"));
    expect(email.html).toContain(`lang="${locale}"`);
    expect(email.html).toContain(escapeHtml(t("emails.signIn.heading")));
    expect(email.html).toContain(escapeHtml(t("emails.signIn.body", { email: "ada@example.com", lifetime: formatDuration(locale, 60) })));
    expect(email.html).toContain(escapeHtml(t("emails.signIn.button")));
    expect(email.html).toContain(escapeHtml(t("emails.footerNoOrg")));
    expect(email.html).toContain(`href="${escapeHtml(url)}"`);
    expect(email.text).toContain(url);
    expect(email.text).toContain(t("emails.signIn.ignore"));
  });

  it("differs between languages", () => {
    const en = signInEmail({ locale: "en", email: "a@b.c", url });
    const fr = signInEmail({ locale: "fr", email: "a@b.c", url });
    expect(fr.subject).not.toBe(en.subject);
    expect(fr.text).not.toBe(en.text);
  });

  it("escapes the address in the HTML", () => {
    const email = signInEmail({ locale: "en", email: `"<script>alert(1)</script>"@evil.test`, url });
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(email.text).toContain(`"<script>alert(1)</script>"@evil.test`);
  });

  it("renders its preview props, as does every registered template", () => {
    expect(signInEmail(preview).text).toContain(preview.url);
    for (const name of Object.keys(emailTemplates) as (keyof typeof emailTemplates)[]) {
      const rendered = renderPreview(name);
      expect(rendered.subject).not.toBe("");
      expect(rendered.html).toContain("<html");
      expect(rendered.text).not.toBe("");
    }
  });
});

describe("French typography in emails (from the message layer)", () => {
  const orders = [{ number: "R-1042", licensee: true, billing: false }];
  const reassigned = (organization: string) => ordersReassignedEmail({ locale: "fr", organization, previous: "Jeanne Roux", orders, url: "https://roster.example/" });

  it("elides before an organization name that starts with a vowel sound, in the subject, body and footer", () => {
    const acme = reassigned("Acme");
    expect(acme.subject).toBe("Vous êtes désormais contact de commandes d’Acme");
    expect(acme.text).toContain("Jeanne Roux n’est plus contact d’Acme.");
    expect(acme.text).toContain("Vous recevez cet e-mail en raison de votre compte auprès d’Acme.");
    expect(acme.html).toContain("Des commandes d’Acme vous sont confiées");
    const roster = reassigned("Roster");
    expect(roster.subject).toBe("Vous êtes désormais contact de commandes de Roster");
    for (const email of [acme, roster]) expect(email.html + email.text + email.subject).not.toContain("\u2060");
  });

  it("puts a narrow no-break space before colons and uses the typographic apostrophe", () => {
    const email = reassigned("Acme");
    expect(email.text).toContain("Commande R-1042\u202F: vous recevez le certificat de licence");
    expect(email.text).toContain("Vous reprenez son rôle sur ces commandes\u202F:");
    expect(email.html).toContain("Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur\u202F:");
    expect(email.text).not.toMatch(/ [:;?!]|'/);
  });
});
