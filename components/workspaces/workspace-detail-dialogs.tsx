"use client";
// A workspace page's dialogs, each rendered once and opened for the row chosen in a menu
// (workspace-tables.tsx) or from the section's button: Add member (search the organization's
// users), Remove member, Add workspace contact, Assign a contact.
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { failureMessage, failureOf, useOrgAction } from "@/components/forms/use-org-action";
import { Icon } from "@/components/ui/icon";
import { ActionForm } from "@/components/ui/action-form";
import { Dialog } from "@/components/ui/dialog";
import { describedBy, FieldError, FormError, TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { announce } from "@/components/ui/notice";
import { FooterCancel, FooterSubmit, useReportPending } from "@/components/ui/form-footer";
import {
  addWorkspaceContactAction,
  addWorkspaceMemberAction,
  assignWorkspaceContactAction,
  removeWorkspaceMemberAction,
  searchWorkspaceCandidatesAction,
} from "@/app/orgs/[slug]/workspaces/actions";
import type { ActionResult } from "@/lib/actions/result";
import type { WorkspaceCandidate } from "@/lib/workspaces/search-workspace-candidates";
import { MAX_WORKSPACE_NAME as MAX_NAME } from "@/lib/workspaces/list-options";
import { useTranslations } from "@/lib/i18n/client";
import { createRowDialog, RowDialogHost } from "@/components/forms/row-dialog";

export type Member = { membershipId: string; name: string };
export type Contact = { id: string; name: string; assignedMembershipId: string | null };
/** `opener`: the row's menu button, where focus goes back on closing. */
type Request =
  | { kind: "addMember" }
  | { kind: "removeMember"; member: Member; opener: HTMLElement | null }
  | { kind: "addContact" }
  | { kind: "assign"; contact: Contact; opener: HTMLElement | null };

const dialog = createRowDialog<Request>("workspaceDetailDialogs");
export const openWorkspaceDetailDialog = dialog.open;

export function AddMemberButton() {
  const t = useTranslations("workspaces.detail");
  return (
    <button
      type="button"
      className={buttonClass("secondary")}
      onClick={() => {
        announce("");
        dialog.open({ kind: "addMember" });
      }}
    >
      <Icon name="user-plus" />
      {t("addMember")}
    </button>
  );
}

export function AddContactButton() {
  const t = useTranslations("workspaces.detail");
  return (
    <button
      type="button"
      className={buttonClass("secondary")}
      onClick={() => {
        announce("");
        dialog.open({ kind: "addContact" });
      }}
    >
      <Icon name="plus" />
      {t("addContact")}
    </button>
  );
}

type DialogsProps = { slug: string; workspace: { id: string; name: string }; members: Member[] };

/** Always there, listening for requests; the dialogs' words are fetched with the first one (components/message-sets.ts). */
export function WorkspaceDetailDialogs(props: DialogsProps) {
  return (
    <RowDialogHost
      dialog={dialog}
      render={({ request, round, close }) => <DetailDialogs {...props} request={request} round={round} onClose={close} />}
    />
  );
}

function DetailDialogs({
  slug,
  workspace,
  members,
  request,
  round,
  onClose: close,
}: DialogsProps & { request: Request | null; round: number; onClose: () => void }) {
  const t = useTranslations("workspaces.detail");
  const common = useTranslations("common");
  const finish = useCallback(
    (message: string) => {
      close();
      announce(message);
    },
    [close],
  );
  const formId = useId();
  const opener = request && "opener" in request ? request.opener : undefined;

  return (
    <>
      <Dialog
        open={request?.kind === "addMember"}
        onClose={close}
        closeLabel={common("close")}
        title={t("addMemberTitle", { name: workspace.name })}
        footer={<FooterCancel label={common("close")} onClick={close} />}
      >
        {request?.kind === "addMember" ? <AddMember key={round} slug={slug} workspaceId={workspace.id} /> : null}
      </Dialog>
      <Dialog
        open={request?.kind === "removeMember"}
        onClose={close}
        closeLabel={common("close")}
        returnFocusTo={opener}
        title={request?.kind === "removeMember" ? t("removeTitle", { name: request.member.name, workspace: workspace.name }) : ""}
        footer={
          <>
            <FooterCancel label={common("cancel")} onClick={close} />
            <FooterSubmit formId={formId} label={t("removeConfirm")} working={t("removeConfirm")} danger />
          </>
        }
      >
        {request?.kind === "removeMember" ? (
          <SimpleForm
            key={round}
            formId={formId}
            slug={slug}
            action={removeWorkspaceMemberAction}
            hidden={{ workspaceId: workspace.id, membershipId: request.member.membershipId }}
            onDone={() => finish(t("removed", { name: request.member.name }))}
          >
            <p className="text-sm">{t("removeBody", { name: request.member.name })}</p>
          </SimpleForm>
        ) : null}
      </Dialog>
      <Dialog
        open={request?.kind === "addContact"}
        onClose={close}
        closeLabel={common("close")}
        title={t("addContactTitle", { name: workspace.name })}
        footer={
          <>
            <FooterCancel label={common("cancel")} onClick={close} />
            <FooterSubmit formId={formId} label={t("contactForm.save")} working={t("contactForm.save")} />
          </>
        }
      >
        {request?.kind === "addContact" ? (
          <AddContactForm
            key={round}
            formId={formId}
            slug={slug}
            workspaceId={workspace.id}
            onDone={(name) => finish(t("contactAdded", { name }))}
          />
        ) : null}
      </Dialog>
      <Dialog
        open={request?.kind === "assign"}
        onClose={close}
        closeLabel={common("close")}
        returnFocusTo={opener}
        title={request?.kind === "assign" ? t("assignTitle", { name: request.contact.name }) : ""}
        footer={
          members.length ? (
            <>
              <FooterCancel label={common("cancel")} onClick={close} />
              <FooterSubmit formId={formId} label={t("assign")} working={t("assign")} />
            </>
          ) : (
            <FooterCancel label={common("close")} onClick={close} />
          )
        }
      >
        {request?.kind === "assign" ? (
          members.length ? (
            <AssignForm
              key={round}
              formId={formId}
              slug={slug}
              workspaceId={workspace.id}
              contact={request.contact}
              members={members}
              onDone={(assignee) => finish(t("assignDone", { name: request.contact.name, assignee }))}
            />
          ) : (
            <p className="text-sm">{t("noMembersToAssign")}</p>
          )
        ) : null}
      </Dialog>
    </>
  );
}

type FormAction<R> = (slug: string, previous: unknown, formData: FormData) => Promise<ActionResult<R>>;

function SimpleForm<R>({
  formId,
  slug,
  action: formAction,
  hidden,
  onDone,
  children,
}: {
  formId: string;
  slug: string;
  action: FormAction<R>;
  hidden: Record<string, string>;
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
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormError message={failureMessage(state)} />
      {children}
    </ActionForm>
  );
}

function AddContactForm({
  formId,
  slug,
  workspaceId,
  onDone,
}: {
  formId: string;
  slug: string;
  workspaceId: string;
  onDone: (name: string) => void;
}) {
  const t = useTranslations("workspaces.detail.contactForm");
  const [state, action, pending] = useOrgAction(addWorkspaceContactAction, slug);
  const failure = failureOf(state);
  useReportPending(formId, pending);
  useEffect(() => {
    if (state?.ok) onDone(state.data.name);
  }, [state, onDone]);
  return (
    <ActionForm id={formId} action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="workspaceId" value={workspaceId} />
      <FormError message={failureMessage(state, "workspaceId")} />
      <TextField label={t("name")} name="name" required maxLength={MAX_NAME} autoComplete="off" errors={failure?.fieldErrors?.name} />
      <TextField label={t("email")} name="email" type="email" maxLength={254} autoComplete="off" errors={failure?.fieldErrors?.email} />
      <TextField label={t("phone")} name="phone" type="tel" maxLength={40} autoComplete="off" errors={failure?.fieldErrors?.phone} />
    </ActionForm>
  );
}

function AssignForm({
  formId,
  slug,
  workspaceId,
  contact,
  members,
  onDone,
}: {
  formId: string;
  slug: string;
  workspaceId: string;
  contact: Contact;
  members: Member[];
  onDone: (assignee: string) => void;
}) {
  const t = useTranslations("workspaces.detail");
  const [state, action, pending] = useOrgAction(assignWorkspaceContactAction, slug);
  const failure = failureOf(state);
  const selectId = useId();
  useReportPending(formId, pending);
  useEffect(() => {
    if (state?.ok) onDone(state.data.assignee ?? "");
  }, [state, onDone]);
  return (
    <ActionForm id={formId} action={action} className="flex flex-col gap-3">
      <input type="hidden" name="workspaceId" value={workspaceId} />
      <input type="hidden" name="workspaceContactId" value={contact.id} />
      <FormError message={failureMessage(state, "workspaceContactId")} />
      <label htmlFor={selectId} className="field-label">
        {t("assignee")}
      </label>
      <select
        id={selectId}
        name="membershipId"
        defaultValue={contact.assignedMembershipId ?? members[0].membershipId}
        className="field-input"
        {...describedBy(undefined, `${selectId}-error`, failure?.fieldErrors?.membershipId)}
      >
        {members.map((member) => (
          <option key={member.membershipId} value={member.membershipId}>
            {member.name}
          </option>
        ))}
      </select>
      <FieldError id={`${selectId}-error`} errors={failure?.fieldErrors?.membershipId} />
    </ActionForm>
  );
}

function AddMember({ slug, workspaceId }: { slug: string; workspaceId: string }) {
  const t = useTranslations("workspaces.detail");
  const [q, setQ] = useState("");
  const [results, setResults] = useState<WorkspaceCandidate[] | null>(null);
  const [status, setStatus] = useState("");
  const [adding, setAdding] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const search = useCallback(
    (term: string) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(async () => {
        const result = await searchWorkspaceCandidatesAction(slug, workspaceId, term);
        if (result.ok) setResults(result.data);
      }, 200);
    },
    [slug, workspaceId],
  );
  useEffect(() => {
    search("");
    return () => clearTimeout(timer.current);
  }, [search]);

  const add = async (candidate: WorkspaceCandidate) => {
    setAdding(candidate.membershipId);
    const result = await addWorkspaceMemberAction(slug, workspaceId, candidate.membershipId);
    setAdding(null);
    if (result.ok) {
      setStatus(t("added", { name: result.data.name }));
      setResults((current) => current?.filter((c) => c.membershipId !== candidate.membershipId) ?? null);
    } else
      setStatus(
        result.formError ??
          Object.values(result.fieldErrors ?? {})
            .flat()
            .join(" "),
      );
  };

  return (
    <div className="flex flex-col gap-3">
      <label htmlFor={inputId} className="field-label">
        {t("findUser")}
      </label>
      <input
        id={inputId}
        type="search"
        value={q}
        maxLength={100}
        aria-describedby={hintId}
        autoComplete="off"
        onChange={(event) => {
          setQ(event.target.value);
          search(event.target.value);
        }}
        className="field-input"
      />
      <p id={hintId} className="field-hint">
        {t("findUserHint")}
      </p>
      <p role="status" className={status ? "notice-ok" : "sr-only"}>
        {status}
      </p>
      {results && results.length === 0 ? <p className="text-sm text-muted">{t("noMatch")}</p> : null}
      {results?.length ? (
        <ul className="divide-y divide-line rounded-md border border-line">
          {results.map((candidate) => {
            const name = candidate.name?.trim() || candidate.email;
            return (
              <li key={candidate.membershipId} className="flex items-center justify-between gap-3 px-3 py-2">
                <span className="min-w-0">
                  <span className="block truncate text-sm font-medium">{name}</span>
                  <span className="block truncate text-xs text-muted">{candidate.email}</span>
                </span>
                <button
                  type="button"
                  className={buttonClass("secondary", "btn-sm")}
                  disabled={adding === candidate.membershipId}
                  onClick={() => add(candidate)}
                  aria-label={t("addNamed", { name })}
                >
                  {t("add")}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
