import { db } from "@/lib/db/prisma";
import { isLocale, type Locale } from "@/lib/i18n";
import { enqueueEmail } from "@/lib/mail/outbox";
import { kickMailWorker } from "@/lib/mail/worker";
import { signInEmail } from "@/emails/sign-in";

/** Queues the sign-in email in the language the person uses (their saved choice, else the request's). */
export async function sendSignInLink(input: { email: string; url: string; requestLocale: Locale }): Promise<void> {
  const user = await db.user.findUnique({ where: { email: input.email }, select: { locale: true, name: true } });
  const locale = user && isLocale(user.locale) ? user.locale : input.requestLocale;
  await db.$transaction(async (tx) => {
    await enqueueEmail(tx, {
      organizationId: null,
      template: "sign-in",
      to: { email: input.email, name: user?.name ?? null },
      locale,
      content: signInEmail({ locale, email: input.email, url: input.url }),
    });
  });
  kickMailWorker();
}
