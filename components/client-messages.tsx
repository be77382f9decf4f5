// The one way client components get their strings: the page wraps them once in
// <ClientMessages namespaces={words(…)}>, the words its client components declare beside
// themselves (*.words.ts), which hands next-intl's provider only those parts of the request's
// catalog; each client component then calls useTranslations(namespace) (lib/i18n/client.ts).
// Rows and dialogs never receive strings as props.
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickMessages, type Words } from "@/lib/i18n/pick-messages";

export async function ClientMessages({ namespaces, children }: { namespaces: Words; children: ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={pickMessages(messages, namespaces)}>{children}</NextIntlClientProvider>;
}
