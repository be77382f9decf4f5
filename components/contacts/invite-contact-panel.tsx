"use client";
// The *Invite a contact* tab of the New contact dialog (SPEC §4): choose roles and
// notifications → Next → the invitation message with its link, Copy, Go to email client,
// and Send by email. The invitation joins the pending list once it is shared — copied,
// opened in the mail client or sent — so an invitation whose link
// nobody was given does not clutter it.
import { useActionState, useEffect, useId, useRef, useState } from "react";
import {
  createContactInvitationAction,
  markInvitationSharedAction,
  sendInvitationEmailAction,
} from "@/app/orgs/[slug]/contacts/invitation-actions";
import { PRIMARY_CONTACT_ROLES, NOTIFICATION_CONTACT_ROLES } from "@/lib/auth/capabilities";
import type { ContactRoleType } from "@/lib/db/generated/enums";
import { useLocale } from "next-intl";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { useTranslations } from "@/lib/i18n/client";
import type { CreatedContactInvitation } from "@/lib/invitations/create-contact-invitation";
import { ActionForm } from "../ui/action-form";
import { CopyButton } from "../ui/copy-button";
import { DialogBody, DialogFooter, DIALOG_FORM } from "../ui/dialog";
import { describedBy, FieldError, FormError, TextField } from "../ui/field";
import { buttonClass } from "../ui/button";
import { failureOf, useFocusOnFailure, useOrgAction } from "@/components/forms/use-org-action";

export type InviteContactPanelProps = {
  slug: string;
  /** Preselected invitation language (the contact's future email language): the organization's default, else the interface's. */
  defaultLanguage?: Locale;
  /** Closes the New contact dialog. */
  onClose: () => void;
};

export function InviteContactPanel(props: InviteContactPanelProps) {
  // A new key starts a fresh invitation (New invitation), with empty forms and results.
  const [round, setRound] = useState(0);
  return <InviteFlow key={round} {...props} onRestart={() => setRound((n) => n + 1)} />;
}

function InviteFlow({ slug, defaultLanguage, onRestart, onClose }: InviteContactPanelProps & { onRestart: () => void }) {
  const locale = useLocale();
  const t = useTranslations();
  const [state, action, pending] = useOrgAction(createContactInvitationAction, slug);
  // Controlled, so a refused submit keeps the choices.
  const [roles, setRoles] = useState<ContactRoleType[]>([]);
  const [language, setLanguage] = useState<Locale>(defaultLanguage ?? locale);
  const errorId = useId();
  const languageId = useId();
  const fieldId = useId();

  if (state?.ok) return <ShareStep slug={slug} invitation={state.data} onRestart={onRestart} onClose={onClose} />;

  const failure = failureOf(state);
  const roleErrors = Object.entries(failure?.fieldErrors ?? {})
    .filter(([field]) => field === "roles" || field.startsWith("roles."))
    .flatMap(([, messages]) => messages);
  const toggle = (role: ContactRoleType, checked: boolean) =>
    setRoles((current) => (checked ? [...current, role] : current.filter((r) => r !== role)));

  const group = (legend: string, options: readonly ContactRoleType[]) => (
    <fieldset
      className="fieldset"
      aria-describedby={roleErrors.length ? errorId : undefined}
      aria-invalid={roleErrors.length ? true : undefined}
    >
      <legend className="legend">{legend}</legend>
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
              className="mt-0.5 size-4 shrink-0 accent-accent"
            />
            <div>
              <label htmlFor={`${fieldId}-${role}`} className="font-medium">
                {t(`contactRoles.${role}`)}
              </label>
              <p id={`${fieldId}-${role}-description`} className="field-hint">
                {t(`invitations.roleDescriptions.${role}`)}
              </p>
            </div>
          </div>
        ))}
      </div>
    </fieldset>
  );

  return (
    <ActionForm action={action} className={DIALOG_FORM} noValidate>
      <DialogBody className="flex flex-col gap-4">
        <p className="lead">{t("invitations.panel.intro")}</p>
        <FormError message={failure?.formError} />
        <div className="grid gap-4 sm:grid-cols-2">
          {group(t("invitations.panel.rolesLegend"), PRIMARY_CONTACT_ROLES)}
          {group(t("invitations.panel.notificationsLegend"), NOTIFICATION_CONTACT_ROLES)}
        </div>
        {roleErrors.length ? (
          <p id={errorId} role="alert" className="field-error">
            {roleErrors.join(" ")}
          </p>
        ) : null}
        <div className="flex flex-col gap-1">
          <label htmlFor={languageId} className="field-label">
            {t("invitations.panel.language")}
          </label>
          <select
            id={languageId}
            name="language"
            value={language}
            onChange={(event) => setLanguage(event.target.value as Locale)}
            {...describedBy(`${languageId}-hint`, `${languageId}-error`, failure?.fieldErrors?.language)}
            className="field-input sm:w-56"
          >
            <option value="en">{t("common.english")}</option>
            <option value="fr">{t("common.french")}</option>
          </select>
          <p id={`${languageId}-hint`} className="field-hint">
            {t("invitations.panel.languageHint")}
          </p>
          <FieldError id={`${languageId}-error`} errors={failure?.fieldErrors?.language} />
        </div>
      </DialogBody>
      <DialogFooter>
        <button type="button" className={buttonClass("secondary")} onClick={onClose}>
          {t("common.cancel")}
        </button>
        <button type="submit" className={buttonClass("primary")} disabled={pending}>
          {pending ? t("common.loading") : t("invitations.panel.next")}
        </button>
      </DialogFooter>
    </ActionForm>
  );
}

type SendState = { result: Awaited<ReturnType<typeof sendInvitationEmailAction>> | null; lastSentTo: string | null };

function ShareStep({
  slug,
  invitation,
  onRestart,
  onClose,
}: {
  slug: string;
  invitation: CreatedContactInvitation;
  onRestart: () => void;
  onClose: () => void;
}) {
  const locale = useLocale();
  const t = useTranslations("invitations.panel");
  const tCommon = useTranslations("common");
  const introRef = useRef<HTMLParagraphElement>(null);
  // The result of the last send, and the address it last went to (kept when a later send is refused).
  const [{ result: sent, lastSentTo }, sendAction, sending] = useActionState<SendState, FormData>(
    async (previous, formData) => {
      const result = await sendInvitationEmailAction(slug, previous.result, formData);
      return { result, lastSentTo: result.ok ? result.data.email : previous.lastSentTo };
    },
    { result: null, lastSentTo: null },
  );
  useFocusOnFailure(sent);
  const messageId = useId();
  const linkId = useId();
  // Copied (button or keyboard) or opened in the mail client: shared, once.
  const shared = useRef(false);
  const markShared = (via: "copy" | "mailClient") => {
    if (shared.current) return;
    shared.current = true;
    void markInvitationSharedAction(slug, invitation.invitationId, via);
  };

  // Step 2 replaces the form: move focus to its first sentence so keyboard and screen reader users follow.
  useEffect(() => introRef.current?.focus(), []);

  const expires = formatDate(locale, new Date(invitation.expiresAt), { dateStyle: "long" });
  const mailto = `mailto:?subject=${encodeURIComponent(invitation.message.subject)}&body=${encodeURIComponent(invitation.message.text)}`;

  const failure = failureOf(sent);
  const sentMessage = !sent?.ok
    ? ""
    : sent.data.previousEmail
      ? t("sentToReplacing", { email: sent.data.email, previous: sent.data.previousEmail })
      : t("sentTo", { email: sent.data.email });
  return (
    <>
      <DialogBody className="flex flex-col gap-4">
        <p ref={introRef} tabIndex={-1} className="lead outline-none">
          {t("shareIntro", { date: expires })}
        </p>
        <div className="flex flex-col gap-1">
          <label htmlFor={messageId} className="field-label">
            {t("message")}
          </label>
          <textarea
            id={messageId}
            readOnly
            rows={8}
            lang={invitation.message.language}
            value={invitation.message.text}
            onCopy={() => markShared("copy")}
            className="field-input font-mono text-xs"
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={linkId} className="field-label">
            {t("link")}
          </label>
          <input
            id={linkId}
            readOnly
            value={invitation.url}
            onFocus={(event) => event.target.select()}
            onCopy={() => markShared("copy")}
            className="field-input font-mono text-xs"
          />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <CopyButton
            value={invitation.message.text}
            targetId={messageId}
            onCopy={() => markShared("copy")}
            labels={{ copy: t("copy"), copied: t("copied"), copyManually: t("copyManually") }}
          />
          <a href={mailto} onClick={() => markShared("mailClient")} className={buttonClass("secondary")}>
            {t("emailClient")}
          </a>
        </div>
        <ActionForm action={sendAction} className="fieldset flex flex-col gap-3" noValidate>
          <fieldset className="flex min-w-0 flex-col gap-3">
            <legend className="legend">{t("sendLegend")}</legend>
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
                className="min-w-0 flex-1 basis-56"
              />
              <button type="submit" className={buttonClass("primary", "mt-6")} disabled={sending}>
                {sending ? t("sending") : t("send")}
              </button>
            </div>
          </fieldset>
          <p role="status" aria-live="polite" className="text-sm font-medium text-ok-strong">
            {sentMessage}
          </p>
        </ActionForm>
      </DialogBody>
      <DialogFooter>
        <button type="button" onClick={onRestart} className={buttonClass("secondary")}>
          {t("newInvitation")}
        </button>
        <button type="button" onClick={onClose} className={buttonClass("primary")}>
          {tCommon("close")}
        </button>
      </DialogFooter>
    </>
  );
}
