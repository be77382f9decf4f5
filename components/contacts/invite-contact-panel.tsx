"use client";
// The *Invite a contact* tab of the New contact dialog (SPEC §4): choose roles and
// notifications → Next → the invitation message with its link, Copy, Go to email client,
// and Send by email.
import { useActionState, useEffect, useId, useMemo, useRef, useState } from "react";
import { createContactInvitationAction, sendInvitationEmailAction } from "@/app/orgs/[slug]/contacts/invitation-actions";
import { PRIMARY_CONTACT_ROLES, NOTIFICATION_CONTACT_ROLES } from "@/lib/auth/capabilities";
import type { ContactRoleType } from "@/lib/db/generated/enums";
import { useLocale } from "next-intl";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { useTranslations } from "@/lib/i18n/client";
import type { CreatedContactInvitation } from "@/lib/invitations/create-contact-invitation";
import { ActionForm } from "../ui/action-form";
import { CopyButton } from "../ui/copy-button";
import { FormError, TextField } from "../ui/field";
import { buttonClass } from "../ui/button";

export type InviteContactPanelProps = {
  slug: string;
  /** Preselected invitation language (the contact's future email language); the interface's by default. */
  defaultLanguage?: Locale;
};

export function InviteContactPanel(props: InviteContactPanelProps) {
  // A new key starts a fresh invitation (New invitation), with empty forms and results.
  const [round, setRound] = useState(0);
  return <InviteFlow key={round} {...props} onRestart={() => setRound((n) => n + 1)} />;
}

function InviteFlow({ slug, defaultLanguage, onRestart }: InviteContactPanelProps & { onRestart: () => void }) {
  const locale = useLocale();
  const t = useTranslations();
  const create = useMemo(() => createContactInvitationAction.bind(null, slug), [slug]);
  const [state, action, pending] = useActionState(create, null);
  // Controlled, so a refused submit keeps the choices.
  const [roles, setRoles] = useState<ContactRoleType[]>([]);
  const [language, setLanguage] = useState<Locale>(defaultLanguage ?? locale);
  const errorId = useId();
  const languageId = useId();
  const fieldId = useId();

  if (state?.ok) return <ShareStep slug={slug} invitation={state.data} onRestart={onRestart} />;

  const failure = state && !state.ok ? state : null;
  const roleErrors = Object.entries(failure?.fieldErrors ?? {}).filter(([field]) => field === "roles" || field.startsWith("roles.")).flatMap(([, messages]) => messages);
  const toggle = (role: ContactRoleType, checked: boolean) => setRoles((current) => (checked ? [...current, role] : current.filter((r) => r !== role)));

  const group = (legend: string, options: readonly ContactRoleType[]) => (
    <fieldset className="rounded-md border border-slate-200 p-3" aria-describedby={roleErrors.length ? errorId : undefined}>
      <legend className="px-1 text-sm font-semibold text-slate-800">{legend}</legend>
      <div className="flex flex-col gap-2">
        {options.map((role) => (
          <div key={role} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              id={`${fieldId}-${role}`}
              name="roles"
              value={role}
              checked={roles.includes(role)}
              onChange={(event) => toggle(role, event.target.checked)}
              aria-describedby={`${fieldId}-${role}-description`}
              className="mt-0.5 h-4 w-4"
            />
            <div>
              <label htmlFor={`${fieldId}-${role}`} className="font-medium text-slate-900">{t(`contactRoles.${role}`)}</label>
              <p id={`${fieldId}-${role}-description`} className="text-xs text-slate-600">{t(`invitations.roleDescriptions.${role}`)}</p>
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );

  return (
    <ActionForm action={action} className="flex flex-col gap-4" noValidate>
      <p className="text-sm text-slate-700">{t("invitations.panel.intro")}</p>
      <FormError message={failure?.formError} />
      {group(t("invitations.panel.rolesLegend"), PRIMARY_CONTACT_ROLES)}
      {group(t("invitations.panel.notificationsLegend"), NOTIFICATION_CONTACT_ROLES)}
      {roleErrors.length ? <p id={errorId} role="alert" className="text-sm text-red-700">{roleErrors.join(" ")}</p> : null}
      <div className="flex flex-col gap-1">
        <label htmlFor={languageId} className="text-sm font-medium text-slate-800">{t("invitations.panel.language")}</label>
        <select
          id={languageId}
          name="language"
          value={language}
          onChange={(event) => setLanguage(event.target.value as Locale)}
          aria-describedby={`${languageId}-hint`}
          aria-invalid={failure?.fieldErrors?.language ? true : undefined}
          className="w-48 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
        >
          <option value="en">{t("common.english")}</option>
          <option value="fr">{t("common.french")}</option>
        </select>
        <p id={`${languageId}-hint`} className="text-xs text-slate-600">{t("invitations.panel.languageHint")}</p>
        {failure?.fieldErrors?.language ? <p className="text-sm text-red-700">{failure.fieldErrors.language.join(" ")}</p> : null}
      </div>
      <button type="submit" className={buttonClass("primary", "self-start")} disabled={pending}>{pending ? t("common.loading") : t("invitations.panel.next")}</button>
    </ActionForm>
  );
}

function ShareStep({ slug, invitation, onRestart }: { slug: string; invitation: CreatedContactInvitation; onRestart: () => void }) {
  const locale = useLocale();
  const t = useTranslations("invitations.panel");
  const introRef = useRef<HTMLParagraphElement>(null);
  const send = useMemo(() => sendInvitationEmailAction.bind(null, slug), [slug]);
  const [sent, sendAction, sending] = useActionState(send, null);
  // The address the invitation was last emailed to: kept when a later send is refused.
  const [lastSentTo, setLastSentTo] = useState<string | null>(null);
  const messageId = useId();
  const linkId = useId();

  // Step 2 replaces the form: move focus to its first sentence so keyboard and screen reader users follow.
  useEffect(() => introRef.current?.focus(), []);
  useEffect(() => {
    if (sent?.ok) setLastSentTo(sent.data.email);
  }, [sent]);

  const expires = formatDate(locale, new Date(invitation.expiresAt), { dateStyle: "long" });
  const mailto = `mailto:?subject=${encodeURIComponent(invitation.message.subject)}&body=${encodeURIComponent(invitation.message.text)}`;

  const failure = sent && !sent.ok ? sent : null;
  const sentMessage = !sent?.ok
    ? ""
    : sent.data.previousEmail
      ? t("sentToReplacing", { email: sent.data.email, previous: sent.data.previousEmail })
      : t("sentTo", { email: sent.data.email });
  return (
    <div className="flex flex-col gap-4">
      <p ref={introRef} tabIndex={-1} className="text-sm text-slate-700 outline-none">{t("shareIntro", { date: expires })}</p>
      <div className="flex flex-col gap-1">
        <label htmlFor={messageId} className="text-sm font-medium text-slate-800">{t("message")}</label>
        <textarea
          id={messageId}
          readOnly
          rows={10}
          value={invitation.message.text}
          className="w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs text-slate-900"
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={linkId} className="text-sm font-medium text-slate-800">{t("link")}</label>
        <input id={linkId} readOnly value={invitation.url} onFocus={(event) => event.target.select()} className="w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs" />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <CopyButton value={invitation.message.text} targetId={messageId} labels={{ copy: t("copy"), copied: t("copied"), copyManually: t("copyManually") }} />
        <a href={mailto} className={buttonClass("secondary")}>{t("emailClient")}</a>
      </div>
      <ActionForm action={sendAction} className="flex flex-col gap-3 rounded-md border border-slate-200 p-3" noValidate>
        <fieldset className="flex flex-col gap-3">
          <legend className="text-sm font-semibold text-slate-800">{t("sendLegend")}</legend>
          <input type="hidden" name="invitationId" value={invitation.invitationId} />
          <input type="hidden" name="token" value={invitation.token} />
          <FormError message={failure?.formError} />
          <div className="flex flex-wrap items-start gap-3">
            <TextField
              label={t("email")}
              name="email"
              type="email"
              autoComplete="off"
              required
              maxLength={254}
              hint={lastSentTo ? t("lastSentHint", { email: lastSentTo }) : undefined}
              errors={failure?.fieldErrors?.email}
              className="min-w-64 flex-1"
            />
            <button type="submit" className={buttonClass("primary", "mt-6")} disabled={sending}>{sending ? t("sending") : t("send")}</button>
          </div>
        </fieldset>
        <p role="status" aria-live="polite" className="text-sm font-medium text-green-800">{sentMessage}</p>
      </ActionForm>
      <button type="button" onClick={onRestart} className={buttonClass("ghost", "self-start")}>{t("newInvitation")}</button>
    </div>
  );
}
