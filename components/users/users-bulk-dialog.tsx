"use client";
// The confirmation of an action on a selection of users: the operation's field (a role or a
// workspace), then the server's answer without changing anything (how many change, how many
// are skipped and why, lib/users/bulk/plan-bulk-change.ts), then the change itself once confirmed.
import { useEffect, useId, useMemo, useState } from "react";
import { failureMessage, failureOf, useOrgAction, type OrgAction } from "@/components/forms/use-org-action";
import { ActionForm } from "@/components/ui/action-form";
import { Dialog } from "@/components/ui/dialog";
import { describedBy, FieldError, FormError } from "@/components/ui/field";
import { FooterCancel, FooterSubmit, useReportPending } from "@/components/ui/form-footer";
import {
  assignWorkspaceInBulkAction,
  changeRoleInBulkAction,
  deleteUsersInBulkAction,
  loadUserWorkspacesAction,
  removeWorkspaceInBulkAction,
} from "@/app/orgs/[slug]/users/actions";
import type { MembershipStatus, OrgRole } from "@/lib/db/generated/enums";
import type { BulkOutcome } from "@/lib/users/bulk/change-users-in-bulk";
import { useTranslations } from "@/lib/i18n/client";

export const BULK_OPERATIONS = ["changeRole", "assignWorkspace", "removeWorkspace", "delete"] as const;
export type BulkOperationKind = (typeof BULK_OPERATIONS)[number];
/** The rows picked, or every user matching the list's filter. */
export type BulkSelection = { ids: string[] } | { filter: { q: string; role?: OrgRole; status?: MembershipStatus } };

const ACTIONS = {
  changeRole: changeRoleInBulkAction,
  assignWorkspace: assignWorkspaceInBulkAction,
  removeWorkspace: removeWorkspaceInBulkAction,
  delete: deleteUsersInBulkAction,
} as const;

type Props = {
  slug: string;
  operation: BulkOperationKind | null;
  selection: BulkSelection;
  assignableRoles: readonly OrgRole[];
  onClose: () => void;
  onDone: (count: number) => void;
};

export function UsersBulkDialog({ operation, onClose, ...props }: Props) {
  const t = useTranslations("users.bulk");
  const common = useTranslations("common");
  const formId = useId();
  const [step, setStep] = useState<{ confirming: boolean; count: number }>({ confirming: false, count: 0 });
  return (
    <Dialog
      open={!!operation}
      onClose={onClose}
      title={operation ? t(`operations.${operation}`) : ""}
      closeLabel={common("close")}
      footer={
        <>
          <FooterCancel label={common("cancel")} onClick={onClose} />
          <FooterSubmit
            formId={formId}
            label={step.confirming ? t("confirm") : t("check")}
            working={step.confirming ? t("working") : t("checking")}
            danger={step.confirming && operation === "delete"}
            disabled={step.confirming && step.count === 0}
          />
        </>
      }
    >
      {operation ? <BulkForm key={operation} {...props} operation={operation} formId={formId} onStep={setStep} /> : null}
    </Dialog>
  );
}

function BulkForm({
  slug,
  operation,
  selection,
  assignableRoles,
  formId,
  onStep,
  onDone,
}: Omit<Props, "operation" | "onClose"> & {
  operation: BulkOperationKind;
  formId: string;
  onStep: (step: { confirming: boolean; count: number }) => void;
}) {
  const t = useTranslations("users.bulk");
  const roles = useTranslations("roles");
  const action = useMemo<OrgAction<BulkOutcome>>(
    () => (orgSlug, previous, formData) => ACTIONS[operation](orgSlug, selection, previous, formData),
    [operation, selection],
  );
  const [state, formAction, pending] = useOrgAction(action, slug);
  useReportPending(formId, pending);
  const failure = failureOf(state);
  const ids = { field: useId(), intro: useId() };
  const [role, setRole] = useState<OrgRole>(assignableRoles[0] ?? "MEMBER");
  const [workspaces, setWorkspaces] = useState<{ id: string; name: string }[] | null>(null);
  const [workspaceId, setWorkspaceId] = useState("");
  // The answer shown is the one for the field's current value: changing it asks again.
  const [stale, setStale] = useState(false);
  const outcome = state?.ok && !stale ? state.data : null;
  const confirming = !!outcome && !outcome.done;

  useEffect(() => {
    if (operation !== "assignWorkspace" && operation !== "removeWorkspace") return;
    void loadUserWorkspacesAction(slug).then((result) => {
      if (!result.ok) return setWorkspaces([]);
      setWorkspaces(result.data.workspaces);
      setWorkspaceId((current) => current || result.data.workspaces[0]?.id || "");
    });
  }, [operation, slug]);
  // A new answer is for the field's value it was asked with.
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    setStale(false);
  }
  useEffect(() => {
    if (state?.ok && state.data.done) onDone(state.data.count);
  }, [state, onDone]);
  useEffect(() => onStep({ confirming, count: outcome?.count ?? 0 }), [confirming, outcome?.count, onStep]);

  const workspaceName = workspaces?.find((workspace) => workspace.id === workspaceId)?.name ?? "";
  const skippedTotal = outcome ? outcome.skipped.reduce((sum, skip) => sum + skip.count, 0) : 0;
  const fieldErrors = failure?.fieldErrors?.role ?? failure?.fieldErrors?.workspaceId;

  return (
    <ActionForm id={formId} action={formAction} className="flex flex-col gap-3" noValidate aria-describedby={ids.intro}>
      <p id={ids.intro} className="text-sm text-muted">
        {t("intro")}
      </p>
      <input type="hidden" name="confirm" value={confirming ? "true" : "false"} />
      {operation === "changeRole" ? (
        <>
          <label htmlFor={ids.field} className="field-label">
            {t("role")}
          </label>
          <select
            id={ids.field}
            name="role"
            value={role}
            onChange={(event) => {
              setRole(event.target.value as OrgRole);
              setStale(true);
            }}
            {...describedBy(undefined, `${ids.field}-error`, fieldErrors)}
            className="field-input min-w-48 max-w-full sm:w-auto"
          >
            {assignableRoles.map((option) => (
              <option key={option} value={option}>
                {roles(option)}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {operation === "assignWorkspace" || operation === "removeWorkspace" ? (
        workspaces && workspaces.length === 0 ? (
          <p className="text-sm">{t("noWorkspaces")}</p>
        ) : (
          <>
            <label htmlFor={ids.field} className="field-label">
              {t("workspace")}
            </label>
            <select
              id={ids.field}
              name="workspaceId"
              value={workspaceId}
              disabled={!workspaces}
              onChange={(event) => {
                setWorkspaceId(event.target.value);
                setStale(true);
              }}
              {...describedBy(undefined, `${ids.field}-error`, fieldErrors)}
              className="field-input min-w-48 max-w-full sm:w-auto"
            >
              {(workspaces ?? []).map((workspace) => (
                <option key={workspace.id} value={workspace.id}>
                  {workspace.name}
                </option>
              ))}
            </select>
          </>
        )
      ) : null}
      <FieldError id={`${ids.field}-error`} errors={fieldErrors} />
      <FormError message={failureMessage(state, "selection", "confirm")} />
      {/* The server's answer, read out as it comes. */}
      <div role="status" className="flex flex-col gap-1 text-sm text-fg">
        {confirming && outcome ? (
          <>
            <p>{t(`count.${operation}`, { count: outcome.count, role: roles(role), workspace: workspaceName })}</p>
            {skippedTotal ? (
              <p>
                {t("skippedWhy", {
                  count: skippedTotal,
                  reasons: outcome.skipped.map((skip) => t(`skip.${skip.reason}`, { count: skip.count })).join("; "),
                })}
              </p>
            ) : null}
            {outcome.count === 0 ? <p>{t("nothing")}</p> : null}
          </>
        ) : null}
      </div>
    </ActionForm>
  );
}
