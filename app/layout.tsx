import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { getTranslator } from "@/lib/i18n/server";
import { getSessionUser } from "@/lib/auth/session";
import { SiteHeader } from "@/components/site-header";
import { HydrationMarker } from "@/components/hydration-marker";
import { FocusKeeper } from "@/components/ui/focus-keeper";

// Pages give their name; organization pages add the organization (app/orgs/[slug]/layout.tsx).
export const metadata: Metadata = { title: { default: "Roster", template: "%s — Roster" } };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ t, locale }, user] = await Promise.all([getTranslator(), getSessionUser()]);
  return (
    <html lang={locale}>
      <body className="min-h-screen font-sans">
        <a href="#main" className="skip-link">
          {t("common.skipToContent")}
        </a>
        <SiteHeader user={user} />
        {children}
        <HydrationMarker />
        <FocusKeeper />
      </body>
    </html>
  );
}
