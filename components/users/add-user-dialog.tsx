"use client";
// *Add user* (SPEC §4 "Users"): email, organization role (only the roles the caller may give)
// and the invitation's language → Next: the invitation is emailed → *Assign workspace* (up
// to 10) or *Skip*. An address already a user, or already invited, says so and offers to
// edit that user or to resend the invitation.
import { useCallback, useEffect, useId, useRef, useState } from "react";
import Link from "next/link";
import { useLocale } from "next-intl";
import { failureOf, useOrgAction } from "@/components/forms/use-org-action";
import { Icon } from "@/components/ui/icon";
import { ActionForm } from "@/components/ui/action-form";
import { Dialog } from "@/components/ui/dialog";
import { describedBy, FieldError, FormError, TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { announce } from "@/components/ui/notice";
import { FooterSubmit, useReportPending } from "@/components/ui/form-footer";
import { assignInvitationWorkspacesAction, inviteUserAction, resendUserInvitationAction } from "@/app/orgs/[slug]/users/actions";
import { ErrorCode } from "@/lib/errors/app-error";
import type { InvitedUser } from "@/lib/users/invite-user";
import { MAX_INVITATION_WORKSPACES } from "@/lib/users/list-options";
import type { OrgRole } from "@/lib/db/generated/enums";
import { formatDate } from "@/lib/i18n/format";
import { useTranslations } from "@/lib/i18n/client";
import { routes } from "@/lib/routes";
import { useMessageSet, WithMessages } from "@/components/lazy-messages";
import { WorkspacePicker } from "./workspace-picker";

type Props = { slug: string; roles: readonly OrgRole[]; defaultLanguage: "en" | "fr"; canAssignWorkspaces: boolean };

/** The button, with the page's words; the dialog's words are fetched when it is about to open (components/message-sets.ts). */
export function AddUserDialog(props: Props) {
  const t = useTranslations("users");
  const [open, setOpen] = useState(false);
  // A new form (empty, no stale error) each time the dialog opens.
  const [round, setRound] = useState(0);
  const { messages, load } = useMessageSet("addUser");
  const close = useCallback(() => setOpen(false), []);
  return (
    <>
      <button
        type="button"
        className={buttonClass("primary")}
        onPointerEnter={() => void load()}
        onFocus={() => void load()}
        onClick={() => {
          announce("");
          void load().then(() => {
            setRound((n) => n + 1);
            setOpen(true);
          });
        }}
      >
        <Icon name="user-plus" />
        {t("addUser")}
      </button>
      {messages ? (
        <WithMessages messages={messages}>
          <AddUserContent {...props} open={open} round={round} onClose={close} />
        </WithMessages>
      ) : null}
    </>
  );
}

function AddUserContent({
  slug,
  roles,
  defaultLanguage,
  canAssignWorkspaces,
  open,
  round,
  onClose,
}: Props & { open: boolean; round: number; onClose: () => void }) {
  const t = useTranslations("users");
  const common = useTranslations("common");
  const [invited, setInvited] = useState<InvitedUser | null>(null);
  const close = useCallback(() => {
    onClose();
    setInvited(null);
  }, [onClose]);
  const finish = useCallback(
    (message: string) => {
      close();
      announce(message);
    },
    [close],
  );
  const formId = useId();

  return (
    <>
      <Dialog
        open={open}
        onClose={close}
        title={t("add.title")}
        description={invited ? undefined : t("add.intro")}
        closeLabel={common("close")}
        footer={
          invited ? (
            <>
              <button type="button" className={buttonClass("secondary")} onClick={() => finish(t("add.done", { email: invited.email }))}>
                {t("add.skip")}
              </button>
              {canAssignWorkspaces ? <FooterSubmit formId={formId} label={t("add.assign")} working={t("add.assigning")} /> : null}
            </>
          ) : (
            <>
              <button type="button" className={buttonClass("secondary")} onClick={close}>
                {common("cancel")}
              </button>
              <FooterSubmit formId={formId} label={t("add.next")} working={t("add.sending")} />
            </>
          )
        }
      >
        {open && !invited ? (
          <InviteForm
            key={round}
            formId={formId}
            slug={slug}
            roles={roles}
            defaultLanguage={defaultLanguage}
            onInvited={setInvited}
            onDone={finish}
          />
        ) : null}
        {open && invited ? (
          <AssignStep formId={formId} slug={slug} invited={invited} canAssign={canAssignWorkspaces} onDone={finish} />
        ) : null}
      </Dialog>
    </>
  );
}

function InviteForm({
  formId,
  slug,
  roles,
  defaultLanguage,
  onInvited,
  onDone,
}: {
  formId: string;
  slug: string;
  roles: readonly OrgRole[];
  defaultLanguage: "en" | "fr";
  onInvited: (invited: InvitedUser) => void;
  onDone: (message: string) => void;
}) {
  const t = useTranslations("users");
  const roleNames = useTranslations("roles");
  const common = useTranslations("common");
  const locale = useLocale() as "en" | "fr";
  const [state, action, pending] = useOrgAction(inviteUserAction, slug);
  const [role, setRole] = useState<OrgRole>(roles.includes("MEMBER") ? "MEMBER" : roles[0]);
  const [email, setEmail] = useState("");
  const [resending, setResending] = useState(false);
  const failure = failureOf(state);
  const roleHintId = useId();
  useReportPending(formId, pending);
  useEffect(() => {
    if (state?.ok) onInvited(state.data);
  }, [state, onInvited]);

  const resend = async (membershipId: string) => {
    setResending(true);
    const result = await resendUserInvitationAction(slug, membershipId);
    setResending(false);
    if (result.ok)
      onDone(t("resent", { email: result.data.email, date: formatDate(locale, new Date(result.data.expiresAt), { dateStyle: "long" }) }));
  };
  const existing = failure?.details?.membershipId;

  return (
    <ActionForm id={formId} action={action} className="flex flex-col gap-4" noValidate>
      <FormError message={failure?.formError} />
      <TextField
        label={t("add.email")}
        name="email"
        type="email"
        autoComplete="off"
        required
        maxLength={254}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        errors={failure?.fieldErrors?.email}
      />
      {failure?.code === ErrorCode.ALREADY_INVITED && existing ? (
        <button type="button" className={buttonClass("secondary", "self-start")} disabled={resending} onClick={() => resend(existing)}>
          {t("add.resendInstead")}
        </button>
      ) : null}
      {failure?.code === ErrorCode.ALREADY_MEMBER ? (
        <Link href={routes.users(slug, { q: email.trim() })} onClick={() => onDone("")} className="link self-start text-sm underline">
          {t("add.editInstead")}
        </Link>
      ) : null}
      <div className="flex flex-col gap-1">
        <label htmlFor={`${formId}-role`} className="field-label">
          {t("add.role")}
        </label>
        <select
          id={`${formId}-role`}
          name="role"
          value={role}
          onChange={(event) => setRole(event.target.value as OrgRole)}
          {...describedBy(roleHintId, `${formId}-role-error`, failure?.fieldErrors?.role)}
          className="field-input"
        >
          {roles.map((option) => (
            <option key={option} value={option}>
              {roleNames(option)}
            </option>
          ))}
        </select>
        <p id={roleHintId} className="field-hint">
          {t(`roleHelp.${role}`)}
          {roles.length === 1 && roles[0] === "MEMBER" ? ` ${t("add.roleUserAdmin")}` : ""}
        </p>
        <FieldError id={`${formId}-role-error`} errors={failure?.fieldErrors?.role} />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${formId}-language`} className="field-label">
          {t("add.language")}
        </label>
        <select
          id={`${formId}-language`}
          name="language"
          defaultValue={defaultLanguage}
          aria-describedby={`${formId}-language-hint`}
          className="field-input"
        >
          <option value="en" lang="en">
            {common("english")}
          </option>
          <option value="fr" lang="fr">
            {common("french")}
          </option>
        </select>
        <p id={`${formId}-language-hint`} className="field-hint">
          {t("add.languageHint")}
        </p>
      </div>
    </ActionForm>
  );
}

function AssignStep({
  formId,
  slug,
  invited,
  canAssign,
  onDone,
}: {
  formId: string;
  slug: string;
  invited: InvitedUser;
  canAssign: boolean;
  onDone: (message: string) => void;
}) {
  const t = useTranslations("users");
  const locale = useLocale() as "en" | "fr";
  const [state, action, pending] = useOrgAction(assignInvitationWorkspacesAction, slug);
  const failure = failureOf(state);
  // The form that had focus is gone: focus moves to what happened (read out), inside the dialog.
  const sentRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    sentRef.current?.focus();
  }, []);
  useReportPending(formId, pending);
  useEffect(() => {
    if (!state?.ok) return;
    onDone(
      state.data.workspaces
        ? t("add.doneWithWorkspaces", { email: invited.email, count: state.data.workspaces })
        : t("add.done", { email: invited.email }),
    );
  }, [state, onDone, invited.email, t]);
  return (
    <div className="flex flex-col gap-4">
      <p ref={sentRef} tabIndex={-1} role="status" className="notice-ok outline-none">
        {t("add.sent", { email: invited.email, date: formatDate(locale, new Date(invited.expiresAt), { dateStyle: "long" }) })}
        {invited.contactAdded ? ` ${t("add.contactAdded", { email: invited.email })}` : ""}
      </p>
      {canAssign ? (
        <ActionForm id={formId} action={action} className="flex flex-col gap-3" noValidate>
          <input type="hidden" name="membershipId" value={invited.membershipId} />
          <p className="text-sm text-fg">{t("add.assignIntro", { max: String(MAX_INVITATION_WORKSPACES), email: invited.email })}</p>
          <FormError message={failure?.formError ?? failure?.fieldErrors?.membershipId?.join(" ")} />
          <WorkspacePicker slug={slug} max={MAX_INVITATION_WORKSPACES} errors={failure?.fieldErrors?.workspaceIds} />
        </ActionForm>
      ) : null}
    </div>
  );
}
