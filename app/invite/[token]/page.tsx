// Accepting a contact invitation (SPEC §4, issue 3 point 3): the organization and the roles
// offered; signed out → sign in (or create an account) by emailed link and come back here;
// signed in → Accept. An expired, revoked, used or unknown link says which and changes nothing;
// so does a signed-in viewer whose contact record an administrator disabled (they cannot accept).
import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { getSessionUser } from "@/lib/auth/session";
import { CONTACT_ROLES } from "@/lib/auth/capabilities";
import { formatDate } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";
import { loadInvitation } from "@/lib/invitations/load-invitation";
import { buttonClass } from "@/components/ui/button";
import { ClientMessages } from "@/components/client-messages";
import { AcceptInvitationForm } from "./accept-invitation-form";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  // The token is in the URL: never send it to another site in a Referer header.
  return { title: t("invitations.accept.pageTitle"), referrer: "no-referrer", robots: { index: false } };
}

type Props = { params: Promise<{ token: string }> };

const ACCEPT_FORM_MESSAGES = (["accept", "accepting", "acceptedTitle", "acceptedWithAccess", "acceptedNoAccess", "open", "home"] as const).map((key) => `invitations.accept.${key}` as const);

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const [{ t, locale }, user] = await Promise.all([getTranslator(), getSessionUser()]);
  const invitation = await loadInvitation(token, { viewerUserId: user?.id ?? null });
  const shell = (children: ReactNode) => (
    <main id="main" className="mx-auto mt-16 max-w-xl rounded-lg bg-white p-8 shadow-sm ring-1 ring-slate-200">{children}</main>
  );
  const notice = (title: string, body: string) =>
    shell(
      <>
        <h1 className="text-2xl font-bold">{title}</h1>
        <p role="status" className="mt-3 text-slate-700">{body}</p>
        <Link href="/" className="mt-6 inline-block font-medium text-brand-700 hover:underline">{t("invitations.accept.home")}</Link>
      </>,
    );

  if (invitation.state === "not_found") return notice(t("invitations.accept.notFoundTitle"), t("invitations.accept.notFoundBody"));
  const organization = invitation.organization.name;
  const date = (value: Date) => formatDate(locale, value, { dateStyle: "long" });

  if (invitation.state === "used" && invitation.acceptedByViewer && user) {
    const hasAccess = invitation.viewer?.hasAccess ?? false;
    return shell(
      <>
        <h1 className="text-2xl font-bold">{t("invitations.accept.acceptedTitle", { organization })}</h1>
        <p role="status" className="mt-3 text-slate-700">{t("invitations.accept.usedByYou", { organization })} {hasAccess ? t("invitations.accept.acceptedWithAccess", { organization }) : t("invitations.accept.acceptedNoAccess")}</p>
        <Link href={hasAccess ? `/orgs/${invitation.organization.slug}` : "/"} className={buttonClass("primary", "mt-6")}>
          {hasAccess ? t("invitations.accept.open", { organization }) : t("invitations.accept.home")}
        </Link>
      </>,
    );
  }
  if (invitation.state === "used") return notice(t("invitations.accept.usedTitle"), t("invitations.accept.usedBody", { organization }));
  if (invitation.state === "revoked") return notice(t("invitations.accept.revokedTitle"), t("invitations.accept.revokedBody", { organization }));
  if (invitation.state === "expired") return notice(t("invitations.accept.expiredTitle"), t("invitations.accept.expiredBody", { organization, date: date(invitation.expiresAt) }));
  // Accepting would be refused (it must not re-enable a contact an administrator disabled): say so now.
  if (user && invitation.viewer?.contactDisabled) return notice(t("invitations.accept.contactDisabledTitle"), t("invitations.errors.contactDisabled", { organization }));

  const roles = CONTACT_ROLES.filter((role) => invitation.roles.includes(role));
  const callbackUrl = `/invite/${encodeURIComponent(token)}`;
  return shell(
    <>
      <h1 className="text-2xl font-bold">{t("invitations.accept.heading", { organization })}</h1>
      <p className="mt-3 text-slate-700">{t("invitations.accept.intro", { organization })}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-800">
        {roles.map((role) => (
          <li key={role}><span className="font-semibold">{t(`contactRoles.${role}`)}</span>: {t(`invitations.roleDescriptions.${role}`)}</li>
        ))}
      </ul>
      <p className="mt-3 text-sm text-slate-600">{t("invitations.accept.expires", { date: date(invitation.expiresAt) })}</p>
      {user ? (
        <>
          <p className="mt-6 text-sm text-slate-700">{t("invitations.accept.signedInAs", { email: user.email, organization })}</p>
          <ClientMessages namespaces={ACCEPT_FORM_MESSAGES}>
            <AcceptInvitationForm token={token} />
          </ClientMessages>
        </>
      ) : (
        <>
          <p className="mt-6 text-sm text-slate-700">{t("invitations.accept.signedOut")}</p>
          <Link href={`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`} className={buttonClass("primary", "mt-4")}>{t("invitations.accept.signIn")}</Link>
        </>
      )}
    </>,
  );
}
