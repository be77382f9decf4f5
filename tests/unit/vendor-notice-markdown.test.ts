// The vendor's Markdown in a broadcast email, rendered as the mail worker renders it
// (renderEmail on the real template), read back as a mail client would (tests/support/email-html.ts).
import { describe, expect, it } from "vitest";
import { emailTemplates } from "@/emails";
import { LOCALES, type Locale } from "@/lib/i18n";
import { renderEmail } from "@/lib/mail/render-email";
import { previewQuerySchema, renderNotificationPreview } from "@/lib/notifications/preview";
import { elementsOf, stylesOf, unsafePartsOf, withoutStyles } from "../support/email-html";

const template = emailTemplates["security-privacy"];
const broadcast = (body: string, locale: Locale = "en") =>
  renderEmail("security-privacy", { ...template.preview, body }, { locale, reasons: template.previewReasons });

const ATTACKS = [
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x](java&#09;script:alert(1))",
  "[x](  javascript:alert(1))",
  "[x](vbscript:msgbox(1))",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[x](//evil.example/)",
  "[x](/relative/path)",
  "[x][ref]\n\n[ref]: javascript:alert(1)",
  "<javascript:alert(1)>",
  '[x](https://ok.example "t\\" style=\\"color:red")',
  '[x](https://ok.example "a\\" onmouseover=\\"alert(1)")',
  '![i](https://img.example/x.png "t\\" onerror=\\"alert(1)")',
  "![i](http://img.example/x.png)",
  "![i](javascript:alert(1))",
  "![i](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  '<iframe src="https://evil.example/"></iframe>',
  '<p style="color:red" onclick="alert(1)">x</p>',
  "<svg><textarea><img src=x onerror=alert(1)></textarea></svg>",
  "<style>body{display:none}</style>",
];

// Every construct the vendor may use: the styles of its email are the only ones an email may have.
const EVERYTHING = [
  "# Sign-in links now expire",
  "## What changed",
  "### Details",
  'Sign-in links expire after **one hour**, *sooner* on ***shared*** devices; see [the documentation](https://docs.vendor.example/sign-in?from=email&lang=en "Sign-in links").',
  "1. Open *Settings*\n2. Choose `Security`",
  "- first\n- second\n  - nested",
  "> Quoted text.",
  "```\n<script>alert(1)</script>\nnpm run notify\n```",
  "Line one\nLine two",
  "---",
  "~~old~~ new",
  '![Logo](https://img.example/logo.png "Roster")',
  "Write to <security@vendor.example> or <mailto:dpo@vendor.example>, or read <https://status.vendor.example/a?b=1&c=2> and https://bare.vendor.example/path.",
].join("\n\n");

describe("vendor notices: the vendor's Markdown in the email's HTML", () => {
  it.each(ATTACKS.flatMap((body) => LOCALES.map((locale) => [body, locale] as const)))(
    "%s (%s): nothing that runs script or loads or leads anywhere unsafe, no style of the input's",
    async (body, locale) => {
      const [email, reference] = await Promise.all([broadcast(body, locale), broadcast(EVERYTHING, locale)]);
      expect(unsafePartsOf(email.html)).toEqual([]);
      const ours = stylesOf(reference.html);
      for (const style of stylesOf(email.html)) expect(ours, style).toContain(style);
      // The vendor's text still reaches the reader as text.
      expect(email.text).toContain(body);
    },
  );

  it("keeps a link's or an image's title a title, whatever quotes it holds", async () => {
    const link = elementsOf((await broadcast('[x](https://ok.example "t\\" style=\\"color:red")')).html).find(
      (element) => element.name === "a" && element.attributes.title,
    );
    expect(link?.attributes).toMatchObject({ href: "https://ok.example", title: 't" style="color:red' });
    const handler = elementsOf((await broadcast('[x](https://ok.example "a\\" onmouseover=\\"alert(1)")')).html).find(
      (element) => element.name === "a" && element.attributes.title,
    );
    expect(handler?.attributes).toMatchObject({ href: "https://ok.example", title: 'a" onmouseover="alert(1)' });
    const images = elementsOf((await broadcast('![i](https://img.example/x.png "t\\" onerror=\\"alert(1)")')).html).filter(
      (element) => element.name === "img",
    );
    expect(images.map((image) => image.attributes)).toEqual([
      { src: "https://img.example/x.png", alt: "i", title: 't" onerror="alert(1)' },
    ]);
  });

  it("drops images not served over https, and makes no link of a script, data or relative URL", async () => {
    expect(elementsOf((await broadcast("![i](http://img.example/x.png)")).html).filter((element) => element.name === "img")).toEqual([]);
    const hrefs = (html: string) =>
      elementsOf(html)
        .filter((element) => element.name === "a")
        .map((link) => link.attributes.href);
    const frame = hrefs((await broadcast("x")).html);
    for (const body of [
      "[x](javascript:alert(1))",
      "[x](JaVaScRiPt:alert(1))",
      "[x](java&#09;script:alert(1))",
      "[x](data:text/html;base64,PHNjcmlwdD4=)",
      "[x](/relative/path)",
    ]) {
      expect(hrefs((await broadcast(body)).html), body).toEqual(frame);
    }
  });

  it("shows raw HTML as text, never as markup", async () => {
    const email = await broadcast(
      '<script>alert(1)</script> <img src=x onerror=alert(1)> <a href="javascript:alert(1)">x</a> <iframe src="https://evil.example/"></iframe>',
    );
    const names = elementsOf(email.html).map((element) => element.name);
    for (const name of ["script", "iframe"]) expect(names).not.toContain(name);
    expect(withoutStyles(email.html).replaceAll("&quot;", '"')).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &lt;a href="javascript:alert(1)"&gt;x&lt;/a&gt;',
    );
  });

  it("makes links of autolinks, bare web addresses and email addresses", async () => {
    const email = await broadcast(
      "Write to <security@vendor.example> or <mailto:dpo@vendor.example>, or read <https://status.vendor.example/a?b=1&c=2> and https://bare.vendor.example/path. Not <javascript:alert(1)>.",
    );
    const links = elementsOf(email.html)
      .filter((element) => element.name === "a")
      .map((link) => link.attributes.href);
    expect(links).toEqual(
      expect.arrayContaining([
        "mailto:security@vendor.example",
        "mailto:dpo@vendor.example",
        "https://status.vendor.example/a?b=1&c=2",
        "https://bare.vendor.example/path",
      ]),
    );
    expect(withoutStyles(email.html)).toContain(
      '<a href="https://status.vendor.example/a?b=1&amp;c=2">https://status.vendor.example/a?b=1&amp;c=2</a>',
    );
  });

  it("renders nested emphasis", async () => {
    const html = withoutStyles((await broadcast("***bold _nested_ italic*** and **b *i* b**")).html);
    expect(html).toContain("<em><strong>bold <em>nested</em> italic</strong></em> and <strong>b <em>i</em> b</strong>");
  });

  it.each(LOCALES)(
    "renders headings (under the subject's), lists, code, quotes, line breaks, rules, https images and links, with the email's styles (%s)",
    async (locale) => {
      const email = await broadcast(EVERYTHING, locale);
      const html = withoutStyles(email.html);
      expect(html).toContain("<h2>Sign-in links now expire</h2>");
      expect(html).toContain("<h3>What changed</h3>");
      expect(html).toContain("<h4>Details</h4>");
      expect(html).toContain("<strong>one hour</strong>, <em>sooner</em> on <em><strong>shared</strong></em> devices");
      expect(html).toContain(
        '<a href="https://docs.vendor.example/sign-in?from=email&amp;lang=en" title="Sign-in links">the documentation</a>',
      );
      expect(html).toMatch(/<ol>\s*<li>Open <em>Settings<\/em><\/li>\s*<li>Choose <code>Security<\/code><\/li>\s*<\/ol>/);
      expect(html).toMatch(/<ul>\s*<li>first<\/li>\s*<li>second\s*<ul>\s*<li>nested<\/li>\s*<\/ul>\s*<\/li>\s*<\/ul>/);
      expect(html).toMatch(/<blockquote>\s*<p>Quoted text.<\/p>\s*<\/blockquote>/);
      expect(html).toContain("<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;\nnpm run notify\n</code></pre>");
      expect(html).toMatch(/Line one<br \/>\s*Line two/);
      expect(html).toContain("<hr />");
      expect(html).toContain("<s>old</s> new");
      expect(html).toContain('<img src="https://img.example/logo.png" alt="Logo" title="Roster" />');
      expect(unsafePartsOf(email.html)).toEqual([]);
      // Styled inline like the rest of the email (mail clients drop style sheets).
      for (const name of ["p", "h2", "ul", "li", "a", "code", "pre", "blockquote"]) {
        expect(
          elementsOf(email.html)
            .filter((element) => element.name === name)
            .every((element) => element.attributes.style),
          name,
        ).toBe(true);
      }
    },
  );

  it("keeps the text part the Markdown as written, which reads as text", async () => {
    const email = await broadcast(EVERYTHING);
    expect(email.text).toContain(EVERYTHING);
    expect(email.text).not.toContain("&lt;");
  });

  it("renders the same way in the previews of Settings → Notifications", async () => {
    const organization = { name: "Globex", slug: "globex" };
    for (const [kind, name] of [
      ["security_privacy", "security-privacy"],
      ["data_protection", "data-protection"],
    ] as const) {
      const preview = await renderNotificationPreview(organization, previewQuerySchema.parse({ event: kind, language: "fr" }));
      const sample = emailTemplates[name];
      const sent = await renderEmail(name, { ...sample.preview, organization }, { locale: "fr", reasons: sample.previewReasons });
      expect(preview.html).toBe(sent.html);
      expect(unsafePartsOf(preview.html)).toEqual([]);
    }
    const security = await renderNotificationPreview(organization, previewQuerySchema.parse({ event: "security_privacy", language: "en" }));
    expect(withoutStyles(security.html)).toMatch(
      /<strong>strengthened sign-in links<\/strong>[\s\S]*<ul>\s*<li>No action is needed.<\/li>/,
    );
  });
});
