"use client";
// The users page's Edit, Delete and Revoke dialogs, rendered once per page (not once per
// row) and opened for the row chosen in its menu (users-table.tsx).
import { useCallback, useEffect, useId, useState, type ReactNode } from "react";
import { failureMessage, failureOf, useOrgAction, type OrgAction } from "@/components/forms/use-org-action";
import { ActionForm } from "@/components/ui/action-form";
import { createRowDialog, RowDialogHost } from "@/components/forms/row-dialog";
import { Dialog } from "@/components/ui/dialog";
import { describedBy, FieldError, FormError } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { announce } from "@/components/ui/notice";
import { FooterCancel, FooterSubmit, useReportPending } from "@/components/ui/form-footer";
import {
  changeUserRoleAction,
  removeUserAction,
  revokeUserInvitationAction,
  setUserWorkspacesAction,
} from "@/app/orgs/[slug]/users/actions";
import type { MembershipStatus, OrgRole } from "@/lib/db/generated/enums";
import { MAX_USER_WORKSPACES } from "@/lib/users/list-options";
import { useTranslations } from "@/lib/i18n/client";
import { WorkspacePicker } from "./workspace-picker";

export type DialogUser = {
  membershipId: string;
  /** The name, or the email when there is none. */
  name: string;
  email: string;
  role: OrgRole;
  status: MembershipStatus;
  workspaceCount: number;
  assignedContacts: number;
  self: boolean;
  canChangeRole: boolean;
  canChangeWorkspaces: boolean;
};

/** Which dialog, for whom, and the row's menu button (focus goes back to it on closing). */
export type UserDialogRequest = { kind: "edit" | "delete" | "revoke"; user: DialogUser; opener: HTMLElement | null };

const dialog = createRowDialog<UserDialogRequest>("userDialogs");
/** Opens the chosen row's dialog, once its words are there. */
export const openUserDialog = dialog.open;

type Props = { slug: string; organizationName: string; assignableRoles: readonly OrgRole[] };

/** Always there, listening for requests; their words are fetched with the first one (or as a row menu opens). */
export function UserDialogs(props: Props) {
  return <RowDialogHost dialog={dialog} render={({ request, close }) => <Dialogs {...props} request={request} onClose={close} />} />;
}

function Dialogs({
  slug,
  organizationName,
  assignableRoles,
  request,
  onClose: close,
}: Props & { request: UserDialogRequest | null; onClose: () => void }) {
  const t = useTranslations("users");
  const common = useTranslations("common");
  const finish = useCallback(
    (message: string) => {
      close();
      announce(message);
    },
    [close],
  );
  const user = request?.user;
  const formId = useId();

  return (
    <>
      <Dialog
        open={request?.kind === "edit"}
        onClose={close}
        title={user ? t("edit.title", { name: user.name }) : ""}
        closeLabel={common("close")}
        size="lg"
        returnFocusTo={request?.opener}
        footer={
          <button type="button" className={buttonClass("secondary")} onClick={close}>
            {common("close")}
          </button>
        }
      >
        {request?.kind === "edit" && user ? <EditUser slug={slug} user={user} assignableRoles={assignableRoles} onDone={finish} /> : null}
      </Dialog>
      <Dialog
        open={request?.kind === "delete"}
        onClose={close}
        title={user ? t("delete.title", { name: user.name }) : ""}
        closeLabel={common("close")}
        returnFocusTo={request?.opener}
        footer={
          <>
            <FooterCancel label={common("cancel")} onClick={close} />
            <FooterSubmit formId={formId} label={t("delete.confirm")} working={t("delete.deleting")} danger />
          </>
        }
      >
        {request?.kind === "delete" && user ? (
          <ConfirmForm
            formId={formId}
            slug={slug}
            user={user}
            action={removeUserAction}
            onDone={() => finish(t("delete.done", { name: user.name }))}
          >
            <p className="text-sm text-fg">{t("delete.body", { name: user.name, org: organizationName })}</p>
            <p className="text-sm text-fg">{t("delete.impact", { workspaces: user.workspaceCount, contacts: user.assignedContacts })}</p>
            <p className="text-sm text-muted">{t("delete.contactKept")}</p>
          </ConfirmForm>
        ) : null}
      </Dialog>
      <Dialog
        open={request?.kind === "revoke"}
        onClose={close}
        title={user ? t("revoke.title", { email: user.email }) : ""}
        closeLabel={common("close")}
        returnFocusTo={request?.opener}
        footer={
          <>
            <FooterCancel label={common("cancel")} onClick={close} />
            <FooterSubmit formId={formId} label={t("revoke.confirm")} working={t("revoke.confirm")} danger />
          </>
        }
      >
        {request?.kind === "revoke" && user ? (
          <ConfirmForm
            formId={formId}
            slug={slug}
            user={user}
            action={revokeUserInvitationAction}
            onDone={() => finish(t("revoke.done", { email: user.email }))}
          >
            <p className="text-sm text-fg">{t("revoke.body")}</p>
          </ConfirmForm>
        ) : null}
      </Dialog>
    </>
  );
}

function ConfirmForm({
  formId,
  slug,
  user,
  action: formAction,
  onDone,
  children,
}: {
  formId: string;
  slug: string;
  user: DialogUser;
  action: OrgAction<unknown>;
  onDone: () => void;
  children: ReactNode;
}) {
  const [state, action, pending] = useOrgAction(formAction, slug);
  useReportPending(formId, pending);
  useEffect(() => {
    if (state?.ok) onDone();
  }, [state, onDone]);
  return (
    <ActionForm id={formId} action={action} className="flex flex-col gap-3">
      <input type="hidden" name="membershipId" value={user.membershipId} />
      <FormError message={failureMessage(state, "membershipId")} />
      {children}
    </ActionForm>
  );
}

function EditUser({
  slug,
  user,
  assignableRoles,
  onDone,
}: {
  slug: string;
  user: DialogUser;
  assignableRoles: readonly OrgRole[];
  onDone: (message: string) => void;
}) {
  const t = useTranslations("users");
  const roleNames = useTranslations("roles");
  const [roleState, roleAction, rolePending] = useOrgAction(changeUserRoleAction, slug);
  const [wsState, wsAction, wsPending] = useOrgAction(setUserWorkspacesAction, slug);
  const roleFailure = failureOf(roleState);
  const wsFailure = failureOf(wsState);
  const ids = { role: useId(), roleHint: useId() };
  const [role, setRole] = useState<OrgRole>(user.role);
  useEffect(() => {
    if (roleState?.ok) onDone(t("edit.roleSaved", { name: user.name, role: roleNames(roleState.data.role) }));
  }, [roleState, onDone, t, roleNames, user.name]);
  useEffect(() => {
    if (wsState?.ok) onDone(t("edit.workspacesSaved", { name: user.name }));
  }, [wsState, onDone, t, user.name]);
  const roleLocked = !user.canChangeRole ? t("edit.roleOrgAdminOnly") : user.self ? t("edit.roleSelf") : null;

  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm break-all text-muted">{user.email}</p>
      <ActionForm action={roleAction} className="flex flex-col gap-2" noValidate>
        <input type="hidden" name="membershipId" value={user.membershipId} />
        <label htmlFor={ids.role} className="field-label">
          {t("edit.roleLegend")}
        </label>
        <div className="flex flex-wrap items-start gap-2">
          <select
            id={ids.role}
            name="role"
            value={role}
            onChange={(event) => setRole(event.target.value as OrgRole)}
            disabled={!!roleLocked}
            {...describedBy(ids.roleHint, `${ids.role}-error`, roleFailure?.fieldErrors?.role)}
            className="field-input min-w-48 sm:w-auto"
          >
            {(roleLocked ? [user.role] : assignableRoles).map((option) => (
              <option key={option} value={option}>
                {roleNames(option)}
              </option>
            ))}
          </select>
          {roleLocked ? null : (
            <button type="submit" className={buttonClass("primary")} disabled={rolePending || role === user.role}>
              {rolePending ? t("edit.saving") : t("edit.saveRole")}
            </button>
          )}
        </div>
        <p id={ids.roleHint} className="text-xs text-muted">
          {roleLocked ?? t(`roleHelp.${role}`)}
        </p>
        <FieldError id={`${ids.role}-error`} errors={roleFailure?.fieldErrors?.role} />
        <FormError message={failureMessage(roleState, "membershipId")} />
      </ActionForm>
      {user.canChangeWorkspaces ? (
        <ActionForm action={wsAction} className="flex flex-col gap-3" noValidate>
          <input type="hidden" name="membershipId" value={user.membershipId} />
          <FormError message={failureMessage(wsState, "membershipId")} />
          <WorkspacePicker
            slug={slug}
            membershipId={user.membershipId}
            max={MAX_USER_WORKSPACES}
            errors={wsFailure?.fieldErrors?.workspaceIds}
          />
          <button type="submit" className={buttonClass("primary", "self-start")} disabled={wsPending}>
            {wsPending ? t("edit.saving") : t("edit.saveWorkspaces")}
          </button>
        </ActionForm>
      ) : null}
    </div>
  );
}
