// The frame of every email: react-email components (table-based, inline-styled HTML that mail
// clients render reliably); lib/mail/render-email.ts turns it into HTML and its text twin.
import { Body, Button, Container, Head, Heading, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { CSSProperties, ReactNode } from "react";
import { translator, type Locale } from "@/lib/i18n";
import type { EmailFooter } from "./footer";
import { isTextPart } from "./target";

export const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
export const BRAND = "#2448ad";

export const styles = {
  paragraph: { margin: "0 0 16px", fontFamily: FONT, fontSize: 16, lineHeight: "24px", color: "#1f2937" },
  muted: { margin: "0 0 16px", fontFamily: FONT, fontSize: 14, lineHeight: "22px", color: "#4b5563" },
  small: { margin: "0 0 8px", fontFamily: FONT, fontSize: 12, lineHeight: "18px", color: "#6b7280" },
  link: { color: BRAND, wordBreak: "break-all" },
  cell: {
    padding: "6px 8px",
    borderBottom: "1px solid #e5e7eb",
    fontFamily: FONT,
    fontSize: 14,
    lineHeight: "20px",
    color: "#1f2937",
    textAlign: "left",
  },
} satisfies Record<string, CSSProperties>;

/** Links in emails must be absolute http(s) URLs: anything else (javascript:, data:, relative) is refused. */
export function assertEmailUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`Email link is not an absolute URL: ${url}`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new Error(`Email link must use http(s): ${url}`);
  return url;
}

export type EmailLayoutProps = {
  locale: Locale;
  /** Shown by mail clients next to the subject; hidden in the body and left out of the text part. */
  preview: string;
  heading: string;
  children?: ReactNode;
  button?: { label: string; url: string };
  /** Below the button (e.g. "ignore this email if..."). */
  after?: ReactNode;
  footer: EmailFooter;
};

export function EmailLayout({ locale, preview, heading, children, button, after, footer }: EmailLayoutProps) {
  const t = translator(locale);
  const url = button ? assertEmailUrl(button.url) : null;
  const settingsUrl = footer.settings ? assertEmailUrl(footer.settings.url) : null;
  if (isTextPart()) {
    return (
      <>
        {`${heading}\n\n`}
        {children}
        {url && button ? `${button.label}\n${url}\n\n` : null}
        {after}
        {`-- \n${footer.why}\n`}
        {settingsUrl && footer.settings ? `${footer.settings.before}${footer.settings.label}\n${settingsUrl}\n` : null}
      </>
    );
  }
  return (
    <Html lang={locale} dir="ltr">
      <Head>
        <meta name="color-scheme" content="light" />
        <title>{heading}</title>
      </Head>
      <Preview>{preview}</Preview>
      <Body style={{ margin: 0, padding: 0, backgroundColor: "#f3f4f6" }}>
        <Container style={{ maxWidth: 560, margin: "0 auto", padding: "32px 16px" }}>
          <Section style={{ backgroundColor: "#ffffff", borderRadius: 8, padding: 32 }}>
            <Text style={{ margin: "0 0 24px", fontFamily: FONT, fontSize: 14, fontWeight: 700, letterSpacing: "0.04em", color: BRAND }}>
              {t("app.name")}
            </Text>
            <Heading as="h1" style={{ margin: "0 0 16px", fontFamily: FONT, fontSize: 22, lineHeight: "28px", color: "#111827" }}>
              {heading}
            </Heading>
            {children}
            {url && button ? (
              <>
                <Section style={{ margin: "24px 0" }}>
                  <Button
                    href={url}
                    style={{
                      backgroundColor: BRAND,
                      borderRadius: 6,
                      color: "#ffffff",
                      fontFamily: FONT,
                      fontSize: 16,
                      fontWeight: 600,
                      lineHeight: "20px",
                      padding: "12px 24px",
                      textDecoration: "none",
                    }}
                  >
                    {button.label}
                  </Button>
                </Section>
                <Text style={{ ...styles.muted, fontSize: 13 }}>
                  {t("emails.buttonFallback")}
                  <br />
                  <Link href={url} style={styles.link}>
                    {url}
                  </Link>
                </Text>
              </>
            ) : null}
            {after}
          </Section>
          <Section style={{ padding: "16px 32px" }}>
            <Text style={styles.small}>{footer.why}</Text>
            {settingsUrl && footer.settings ? (
              <Text style={styles.small}>
                {footer.settings.before}
                <Link href={settingsUrl} style={styles.link}>
                  {footer.settings.label}
                </Link>
              </Text>
            ) : null}
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

/** A paragraph of body text. */
export function P({ children, muted = false }: { children: ReactNode; muted?: boolean }) {
  if (isTextPart())
    return (
      <>
        {children}
        {"\n\n"}
      </>
    );
  return <Text style={muted ? styles.muted : styles.paragraph}>{children}</Text>;
}
