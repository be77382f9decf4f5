import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { getTranslator } from "@/lib/i18n/server";
import { getSessionUser } from "@/lib/auth/session";
import { SiteHeader } from "@/components/site-header";

export const metadata: Metadata = { title: { default: "Roster", template: "%s · Roster" } };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ t, locale }, user] = await Promise.all([getTranslator(), getSessionUser()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          {t("common.skipToContent")}
        </a>
        <SiteHeader user={user} />
        {children}
      </body>
    </html>
  );
}
