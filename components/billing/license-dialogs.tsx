"use client";
// Assign a seat and revoke one: the two dialogs exist ONCE per page (the
// licenses list or an order) and open for the chosen license or assignee; each row's button
// carries only that row's data.
import { useId } from "react";
import { fieldErrors, useOrgAction } from "@/components/forms/use-org-action";
import { Dialog } from "@/components/ui/dialog";
import { ActionForm } from "@/components/ui/action-form";
import { FormError, TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { createRowDialog } from "@/components/forms/row-dialog";
import { announce } from "@/components/ui/notice";
import { useTranslations } from "@/lib/i18n/client";
import { assignLicenseAction, revokeLicenseAction } from "@/app/orgs/[slug]/billing/actions";

/** A license with free seats. */
export type AssignableLicense = { id: string; product: string; seatsLeft: number };
/** A seat to revoke: its assignment, who holds it, of which product. */
export type RevocableSeat = { id: string; email: string; product: string };

export type LicenseDialogRequest =
  | { kind: "assign"; license: AssignableLicense; opener: HTMLElement }
  | { kind: "revoke"; seat: RevocableSeat; opener: HTMLElement };

const dialog = createRowDialog<LicenseDialogRequest>();

/** Opens the page's Assign or Revoke dialog (a row's button, billing-tables.tsx). */
export const openLicenseDialog = dialog.open;

export function LicenseDialogs({ slug }: { slug: string }) {
  const t = useTranslations();
  const { request, close } = dialog.useRequest();
  const formId = useId();
  const assign = request?.kind === "assign" ? request.license : null;
  const seat = request?.kind === "revoke" ? request.seat : null;
  const title = assign
    ? t("billing.licenses.assignTitle", { product: assign.product })
    : seat
      ? t("billing.licenses.revokeTitle", { email: seat.email })
      : "";
  const description = assign
    ? t("billing.licenses.assignBody", { left: assign.seatsLeft })
    : seat
      ? t("billing.licenses.revokeBody", { email: seat.email, product: seat.product })
      : undefined;
  return (
    <Dialog
      open={!!request}
      onClose={close}
      title={title}
      description={description}
      closeLabel={t("common.close")}
      returnFocusTo={request?.opener}
      footer={
        <>
          <button type="button" className={buttonClass("secondary")} onClick={close}>
            {t("common.cancel")}
          </button>
          <button type="submit" form={formId} className={buttonClass(seat ? "danger" : "primary")}>
            {t(seat ? "billing.licenses.revoke" : "billing.licenses.assign")}
          </button>
        </>
      }
    >
      {assign ? (
        <AssignForm
          key={assign.id}
          id={formId}
          slug={slug}
          licenseId={assign.id}
          onDone={(email) => {
            close();
            announce(t("billing.licenses.assigned", { product: assign.product, email }));
          }}
        />
      ) : seat ? (
        <RevokeForm
          key={seat.id}
          id={formId}
          slug={slug}
          assignmentId={seat.id}
          onDone={() => {
            close();
            announce(t("billing.licenses.revoked", { email: seat.email }));
          }}
        />
      ) : null}
    </Dialog>
  );
}

function AssignForm({ id, slug, licenseId, onDone }: { id: string; slug: string; licenseId: string; onDone: (email: string) => void }) {
  const t = useTranslations("billing.licenses");
  const [state, action] = useOrgAction(assignLicenseAction, slug, (data) => onDone(data.email));
  return (
    <ActionForm id={id} action={action} className="flex flex-col gap-3" noValidate>
      <FormError message={state && !state.ok ? (state.formError ?? fieldErrors(state, "licenseId")?.join(" ")) : undefined} />
      <input type="hidden" name="licenseId" value={licenseId} />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="off"
        required
        maxLength={254}
        errors={fieldErrors(state, "email")}
      />
    </ActionForm>
  );
}

function RevokeForm({ id, slug, assignmentId, onDone }: { id: string; slug: string; assignmentId: string; onDone: () => void }) {
  const [state, action] = useOrgAction(revokeLicenseAction, slug, onDone);
  const failure =
    state && !state.ok
      ? (state.formError ??
        Object.values(state.fieldErrors ?? {})
          .flat()
          .join(" "))
      : undefined;
  return (
    <ActionForm id={id} action={action} noValidate>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <FormError message={failure} />
    </ActionForm>
  );
}
