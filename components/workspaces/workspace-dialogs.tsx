"use client";
// The workspaces pages' dialogs, each rendered once per page and opened from any row's menu
// or the header through `openWorkspaceDialog(…)`: New workspace, Rename, Delete.
import { useCallback, useEffect, useId } from "react";
import { useRouter } from "next/navigation";
import { failureMessage, failureOf, useOrgAction } from "@/components/forms/use-org-action";
import { Icon } from "@/components/ui/icon";
import { ActionForm } from "@/components/ui/action-form";
import { Dialog } from "@/components/ui/dialog";
import { FormError, TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { announce } from "@/components/ui/notice";
import { FooterCancel, FooterSubmit, useReportPending } from "@/components/ui/form-footer";
import { createWorkspaceAction, deleteWorkspaceAction, renameWorkspaceAction } from "@/app/orgs/[slug]/workspaces/actions";
import { MAX_WORKSPACE_NAME as MAX_NAME } from "@/lib/workspaces/list-options";
import { useTranslations } from "@/lib/i18n/client";
import { createRowDialog, RowDialogHost } from "@/components/forms/row-dialog";

export type DialogWorkspace = { id: string; name: string; members: number; contacts: number };
/** `opener`: where focus goes back on closing (a row's menu button; else the control that had focus). */
type Request = { kind: "create" } | { kind: "rename" | "delete"; workspace: DialogWorkspace; opener?: HTMLElement | null };

const dialog = createRowDialog<Request>("workspaceDialogs");
export const openWorkspaceDialog = dialog.open;

export function NewWorkspaceButton() {
  const t = useTranslations("workspaces");
  return (
    <button
      type="button"
      className={buttonClass("primary")}
      onClick={() => {
        announce("");
        dialog.open({ kind: "create" });
      }}
    >
      <Icon name="folder-plus" />
      {t("newWorkspace")}
    </button>
  );
}

/**
 * Always there, listening for requests; the dialogs' words are fetched with the first one (components/message-sets.ts).
 * `afterDelete`: where to go once the workspace is gone (its own page cannot stay open).
 */
export function WorkspaceDialogs({ slug, afterDelete }: { slug: string; afterDelete?: string }) {
  return (
    <RowDialogHost
      dialog={dialog}
      render={({ request, round, close }) => (
        <NameAndDeleteDialogs slug={slug} afterDelete={afterDelete} request={request} round={round} onClose={close} />
      )}
    />
  );
}

function NameAndDeleteDialogs({
  slug,
  afterDelete,
  request,
  round,
  onClose: close,
}: {
  slug: string;
  afterDelete?: string;
  request: Request | null;
  round: number;
  onClose: () => void;
}) {
  const t = useTranslations("workspaces");
  const common = useTranslations("common");
  const router = useRouter();
  const finish = useCallback(
    (message: string) => {
      close();
      announce(message);
    },
    [close],
  );
  const formId = useId();
  const workspace = request && request.kind !== "create" ? request.workspace : null;

  return (
    <>
      <Dialog
        open={request?.kind === "create" || request?.kind === "rename"}
        onClose={close}
        closeLabel={common("close")}
        returnFocusTo={request && request.kind !== "create" ? request.opener : undefined}
        title={request?.kind === "rename" && workspace ? t("rename.title", { name: workspace.name }) : t("create.title")}
        footer={
          <>
            <FooterCancel label={common("cancel")} onClick={close} />
            <FooterSubmit
              formId={formId}
              label={request?.kind === "rename" ? t("form.save") : t("form.create")}
              working={t("form.saving")}
            />
          </>
        }
      >
        {request?.kind === "create" || request?.kind === "rename" ? (
          <NameForm
            key={round}
            formId={formId}
            slug={slug}
            workspace={workspace}
            onDone={(name) => finish(workspace ? t("rename.done", { name }) : t("create.done", { name }))}
          />
        ) : null}
      </Dialog>
      <Dialog
        open={request?.kind === "delete"}
        onClose={close}
        closeLabel={common("close")}
        returnFocusTo={request && request.kind !== "create" ? request.opener : undefined}
        title={workspace ? t("delete.title", { name: workspace.name }) : ""}
        footer={
          <>
            <FooterCancel label={common("cancel")} onClick={close} />
            <FooterSubmit formId={formId} label={t("delete.confirm")} working={t("delete.deleting")} danger />
          </>
        }
      >
        {request?.kind === "delete" && workspace ? (
          <DeleteForm
            key={round}
            formId={formId}
            slug={slug}
            workspace={workspace}
            onDone={() => {
              finish(t("delete.done", { name: workspace.name }));
              if (afterDelete) router.push(afterDelete);
            }}
          />
        ) : null}
      </Dialog>
    </>
  );
}

function NameForm({
  formId,
  slug,
  workspace,
  onDone,
}: {
  formId: string;
  slug: string;
  workspace: DialogWorkspace | null;
  onDone: (name: string) => void;
}) {
  const t = useTranslations("workspaces");
  const [state, action, pending] = useOrgAction<{ id: string; name: string }>(
    workspace ? renameWorkspaceAction : createWorkspaceAction,
    slug,
  );
  const failure = failureOf(state);
  useReportPending(formId, pending);
  useEffect(() => {
    if (state?.ok) onDone(state.data.name);
  }, [state, onDone]);
  return (
    <ActionForm id={formId} action={action} className="flex flex-col gap-4" noValidate>
      {workspace ? <input type="hidden" name="workspaceId" value={workspace.id} /> : null}
      <FormError message={failureMessage(state, "workspaceId")} />
      <TextField
        label={t("form.name")}
        name="name"
        defaultValue={workspace?.name ?? ""}
        required
        maxLength={MAX_NAME}
        autoComplete="off"
        errors={failure?.fieldErrors?.name}
      />
    </ActionForm>
  );
}

function DeleteForm({ formId, slug, workspace, onDone }: { formId: string; slug: string; workspace: DialogWorkspace; onDone: () => void }) {
  const t = useTranslations("workspaces");
  const [state, action, pending] = useOrgAction(deleteWorkspaceAction, slug);
  useReportPending(formId, pending);
  useEffect(() => {
    if (state?.ok) onDone();
  }, [state, onDone]);
  return (
    <ActionForm id={formId} action={action} className="flex flex-col gap-3">
      <input type="hidden" name="workspaceId" value={workspace.id} />
      <FormError message={failureMessage(state, "workspaceId")} />
      <p className="text-sm">{t("delete.body", { members: workspace.members, contacts: workspace.contacts })}</p>
    </ActionForm>
  );
}

/** The workspace page's header actions (its rows have no menu of their own). */
export function WorkspaceHeaderActions({ workspace }: { workspace: DialogWorkspace }) {
  const t = useTranslations("workspaces");
  return (
    <div className="flex flex-wrap gap-2">
      <button type="button" className={buttonClass("secondary")} onClick={() => dialog.open({ kind: "rename", workspace })}>
        <Icon name="pencil" />
        {t("rename.action")}
        <span className="sr-only"> {workspace.name}</span>
      </button>
      <button type="button" className={buttonClass("secondary")} onClick={() => dialog.open({ kind: "delete", workspace })}>
        <Icon name="trash" />
        {t("delete.action")}
        <span className="sr-only"> {workspace.name}</span>
      </button>
    </div>
  );
}
