// Accepting an invitation, of either kind (a contact's or a user's), with one accept flow
// (SPEC §4): the organization and what it offers (contact roles,
// or an organization role and workspaces); signed out → sign in (or create an account) by
// emailed link and come back here; signed in → Accept. An expired, revoked, used or unknown
// link says which and changes nothing; so does a signed-in viewer whose contact record an
// administrator disabled (contact invitations), or who is signed in with another address
// than the one a user invitation is for (named, masked, with a way to sign out).
import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { getSessionUser } from "@/lib/auth/session";
import { CONTACT_ROLES } from "@/lib/auth/capabilities";
import { formatDate } from "@/lib/i18n";
import { getTranslator } from "@/lib/i18n/server";
import { routes } from "@/lib/routes";
import { loadInvitation } from "@/lib/invitations/load-invitation";
import { buttonClass } from "@/components/ui/button";
import { ClientMessages } from "@/components/client-messages";
import { acceptInvitationFormWords } from "./accept-invitation-form.words";
import { AcceptInvitationForm } from "./accept-invitation-form";
import { signOutToInvitationAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  // The token is in the URL: never send it to another site in a Referer header.
  return { title: t("invitations.accept.pageTitle"), referrer: "no-referrer", robots: { index: false } };
}

type Props = { params: Promise<{ token: string }> };

export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const [{ t, locale }, user] = await Promise.all([getTranslator(), getSessionUser()]);
  const invitation = await loadInvitation(token, { viewerUserId: user?.id ?? null });
  const shell = (children: ReactNode) => (
    <main id="main" className="auth-card max-w-xl">
      {children}
    </main>
  );
  const notice = (title: string, body: string) =>
    shell(
      <>
        <h1 className="page-title">{title}</h1>
        <p role="status" className="mt-3 text-fg">
          {body}
        </p>
        <Link href={routes.home()} className="link mt-6 inline-block">
          {t("invitations.accept.home")}
        </Link>
      </>,
    );

  if (invitation.state === "not_found") return notice(t("invitations.accept.notFoundTitle"), t("invitations.accept.notFoundBody"));
  const organization = invitation.organization.name;
  const date = (value: Date) => formatDate(locale, value, { dateStyle: "long" });

  if (invitation.state === "used" && invitation.acceptedByViewer && user && invitation.kind === "USER") {
    return shell(
      <>
        <h1 className="page-title">{t("users.accept.acceptedTitle", { organization })}</h1>
        <p role="status" className="mt-3 text-fg">
          {t("users.accept.acceptedBody", { organization })}
        </p>
        <Link href={routes.organization(invitation.organization.slug)} className={buttonClass("primary", "mt-6")}>
          {t("invitations.accept.open", { organization })}
        </Link>
      </>,
    );
  }
  if (invitation.state === "used" && invitation.acceptedByViewer && user) {
    const hasAccess = invitation.viewer?.hasAccess ?? false;
    return shell(
      <>
        <h1 className="page-title">{t("invitations.accept.acceptedTitle", { organization })}</h1>
        <p role="status" className="mt-3 text-fg">
          {t("invitations.accept.usedByYou", { organization })}{" "}
          {hasAccess ? t("invitations.accept.acceptedWithAccess", { organization }) : t("invitations.accept.acceptedNoAccess")}
        </p>
        <Link
          href={hasAccess ? routes.organization(invitation.organization.slug) : routes.home()}
          className={buttonClass("primary", "mt-6")}
        >
          {hasAccess ? t("invitations.accept.open", { organization }) : t("invitations.accept.home")}
        </Link>
      </>,
    );
  }
  if (invitation.state === "used") return notice(t("invitations.accept.usedTitle"), t("invitations.accept.usedBody", { organization }));
  if (invitation.state === "revoked")
    return notice(t("invitations.accept.revokedTitle"), t("invitations.accept.revokedBody", { organization }));
  if (invitation.state === "expired")
    return notice(
      t("invitations.accept.expiredTitle"),
      t("invitations.accept.expiredBody", { organization, date: date(invitation.expiresAt) }),
    );
  // Accepting would be refused (it must not re-enable a contact an administrator disabled): say so now.
  if (user && invitation.viewer?.contactDisabled)
    return notice(t("invitations.accept.contactDisabledTitle"), t("invitations.errors.contactDisabled", { organization }));

  const callbackUrl = `/invite/${encodeURIComponent(token)}`;
  const signInLink = (
    <Link href={routes.signIn(callbackUrl)} className={buttonClass("primary", "mt-4")}>
      {t("invitations.accept.signIn")}
    </Link>
  );
  const acceptForm = (
    <ClientMessages namespaces={acceptInvitationFormWords}>
      <AcceptInvitationForm
        token={token}
        kind={invitation.kind === "USER" ? "USER" : "CONTACT"}
        organization={organization}
        defaultName={user?.name ?? ""}
      />
    </ClientMessages>
  );

  if (invitation.kind === "USER" && invitation.user) {
    const offer = invitation.user;
    const role = t(`roles.${offer.role}`);
    const expected = offer.maskedEmail;
    return shell(
      <>
        <h1 className="page-title">{t("users.accept.heading", { organization, role })}</h1>
        <p className="mt-3 text-fg">{t("users.accept.intro", { role, description: t(`users.roleHelp.${offer.role}`) })}</p>
        {offer.workspaces.length ? (
          <>
            <p className="mt-3 text-fg">{t("users.accept.workspaces")}</p>
            <ul className="mt-1 list-disc space-y-1 pl-6 text-fg">
              {offer.workspaces.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="mt-3 text-sm text-muted">{t("users.accept.noWorkspaces")}</p>
        )}
        <p className="mt-3 text-sm text-muted">
          {t("users.accept.boundTo", { email: expected })} {t("invitations.accept.expires", { date: date(invitation.expiresAt) })}
        </p>
        {!user ? (
          <>
            <p className="mt-6 text-sm text-fg">{t("users.accept.signedOut", { email: expected })}</p>
            {signInLink}
          </>
        ) : invitation.viewer?.isInvitee ? (
          <>
            <p className="mt-6 text-sm text-fg">{t("users.accept.signedInAs", { email: user.email, organization })}</p>
            {acceptForm}
          </>
        ) : (
          <section aria-labelledby="wrong-account" className="mt-6 notice-warn p-4">
            <h2 id="wrong-account" className="font-semibold text-warn-strong">
              {t("users.accept.wrongAccountTitle")}
            </h2>
            <p role="alert" className="mt-1 text-sm text-warn-strong">
              {t("users.accept.wrongAccount", { current: user.email, expected })}
            </p>
            <form action={signOutToInvitationAction} className="mt-3">
              <input type="hidden" name="callbackUrl" value={callbackUrl} />
              <button type="submit" className={buttonClass("secondary")}>
                {t("users.accept.signOut")}
              </button>
            </form>
          </section>
        )}
      </>,
    );
  }

  const roles = CONTACT_ROLES.filter((role) => invitation.roles.includes(role));
  return shell(
    <>
      <h1 className="page-title">{t("invitations.accept.heading", { organization })}</h1>
      <p className="mt-3 text-fg">{t("invitations.accept.intro", { organization })}</p>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-fg">
        {roles.map((role) => (
          <li key={role}>
            <span className="font-semibold">{t(`contactRoles.${role}`)}</span>: {t(`invitations.roleDescriptions.${role}`)}
          </li>
        ))}
      </ul>
      <p className="mt-3 text-sm text-muted">{t("invitations.accept.expires", { date: date(invitation.expiresAt) })}</p>
      {user ? (
        <>
          <p className="mt-6 text-sm text-fg">{t("invitations.accept.signedInAs", { email: user.email, organization })}</p>
          {acceptForm}
        </>
      ) : (
        <>
          <p className="mt-6 text-sm text-fg">{t("invitations.accept.signedOut")}</p>
          {signInLink}
        </>
      )}
    </>,
  );
}
