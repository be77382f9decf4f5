"use client";
// The row dialogs of the contacts list — Edit, Disable, Disable/Reassign, Enable — rendered
// once per page and opened for the chosen row (components/contacts/contacts-table.tsx).
// Each form resets when it opens for another contact (its key).
import { useEffect, useId, useRef, useState } from "react";
import {
  describeEnableAction,
  disableAndReassignContactAction,
  disableContactAction,
  enableContactAction,
  listContactOrdersAction,
  suggestReplacementContactsAction,
  updateContactAction,
} from "@/app/orgs/[slug]/contacts/actions";
import type { ContactListItem } from "@/lib/contacts/list-contacts";
import type { EnableOffer } from "@/lib/contacts/describe-enable";
import type { Locale } from "@/lib/i18n/locales";
import { useTranslations } from "@/lib/i18n/client";
import { failureMessage, failureOf, useOrgAction } from "@/components/forms/use-org-action";
import { ActionForm } from "@/components/ui/action-form";
import { createRowDialog, RowDialogHost } from "@/components/forms/row-dialog";
import { buttonClass } from "@/components/ui/button";
import { Dialog, DialogBody, DialogFooter, DIALOG_FORM } from "@/components/ui/dialog";
import { FormError, TextField } from "@/components/ui/field";
import { announce } from "@/components/ui/notice";
import { LanguageSelect, RoleCheckboxes } from "./role-checkboxes";
import { ContactEmails } from "@/components/notifications/contact-emails";

export type ContactDialogKind = "edit" | "disable" | "reassign" | "enable";
export type OpenContactDialog = { kind: ContactDialogKind; contact: ContactListItem; opener: HTMLElement | null };

type FormProps = { slug: string; contact: ContactListItem; onCancel: () => void; onDone: (message: string) => void };

const rowDialog = createRowDialog<OpenContactDialog>("contactDialogs");
/** Opens the chosen contact's dialog, once its words are there. */
export const openContactDialog = rowDialog.open;

/** Always there, listening for requests; their words are fetched with the first one (or as a row menu opens). */
export function ContactDialogs(props: { slug: string; defaultLanguage: Locale }) {
  return <RowDialogHost dialog={rowDialog} render={({ request, close }) => <Dialogs {...props} dialog={request} onClose={close} />} />;
}

function Dialogs({
  slug,
  dialog,
  onClose,
  defaultLanguage,
}: {
  slug: string;
  dialog: OpenContactDialog | null;
  onClose: () => void;
  defaultLanguage: Locale;
}) {
  const t = useTranslations("contacts");
  const tCommon = useTranslations("common");
  const current = dialog;
  const name = { name: current?.contact.name ?? "" };
  const done = (message: string) => {
    onClose();
    announce(message);
  };
  const props = current ? { slug, contact: current.contact, onCancel: onClose, onDone: done } : null;
  const titles: Record<ContactDialogKind, string> = {
    edit: t("edit.title", name),
    disable: t("disable.title", name),
    reassign: t("reassign.title", name),
    enable: t("enable.title", name),
  };
  const descriptions: Record<ContactDialogKind, string | undefined> = {
    edit: undefined,
    disable: t("disable.body", name),
    reassign: t("reassign.body", name),
    enable: t("enable.body", name),
  };
  return (
    <Dialog
      open={!!dialog}
      onClose={onClose}
      title={current ? titles[current.kind] : ""}
      description={current ? descriptions[current.kind] : undefined}
      closeLabel={tCommon("close")}
      size={current?.kind === "disable" ? "md" : "lg"}
      returnFocusTo={dialog?.opener}
    >
      {dialog && props ? (
        dialog.kind === "edit" ? (
          <EditForm key={dialog.contact.id} {...props} />
        ) : dialog.kind === "disable" ? (
          <DisableForm key={dialog.contact.id} {...props} />
        ) : dialog.kind === "reassign" ? (
          <ReassignForm key={dialog.contact.id} {...props} defaultLanguage={defaultLanguage} />
        ) : (
          <EnableForm key={dialog.contact.id} {...props} />
        )
      ) : null}
    </Dialog>
  );
}

function Footer({
  pending,
  label,
  danger,
  disabled,
  onCancel,
}: {
  pending: boolean;
  label: string;
  danger?: boolean;
  disabled?: boolean;
  onCancel: () => void;
}) {
  const t = useTranslations();
  return (
    <DialogFooter>
      <button type="button" className={buttonClass("secondary")} onClick={onCancel}>
        {t("common.cancel")}
      </button>
      <button type="submit" className={buttonClass(danger ? "danger" : "primary")} disabled={pending || disabled}>
        {pending ? t("contacts.form.saving") : label}
      </button>
    </DialogFooter>
  );
}

/** Edit (active and invited contacts; the server refuses a disabled one, shown above the fields). */
function EditForm({ slug, contact, onCancel, onDone }: FormProps) {
  const [state, action, pending] = useOrgAction(updateContactAction, slug);
  const failure = failureOf(state);
  const t = useTranslations("contacts");
  useEffect(() => {
    if (state?.ok) onDone(t("form.saved", { name: state.data.name }));
  }, [state, onDone, t]);
  return (
    <ActionForm action={action} className={DIALOG_FORM} noValidate>
      <DialogBody className="flex flex-col gap-4">
        <input type="hidden" name="contactId" value={contact.id} />
        <FormError message={failure?.formError} />
        <TextField
          label={t("form.name")}
          name="name"
          defaultValue={contact.name}
          required
          maxLength={120}
          errors={failure?.fieldErrors?.name}
        />
        <TextField label={t("form.email")} name="email-readonly" value={contact.email} readOnly hint={t("edit.emailFixed")} />
        <TextField
          label={t("form.phone")}
          name="phone"
          type="tel"
          defaultValue={contact.phone ?? ""}
          maxLength={40}
          errors={failure?.fieldErrors?.phone}
        />
        <LanguageSelect label={t("form.language")} defaultValue={contact.language} />
        <RoleCheckboxes checked={contact.roles} errors={failure?.fieldErrors?.roles} />
        <ContactEmails slug={slug} contactId={contact.id} />
      </DialogBody>
      <Footer pending={pending} label={t("form.save")} onCancel={onCancel} />
    </ActionForm>
  );
}

function DisableForm({ slug, contact, onCancel, onDone }: FormProps) {
  const [state, action, pending] = useOrgAction(disableContactAction, slug);
  const failure = failureOf(state);
  const t = useTranslations("contacts");
  useEffect(() => {
    if (state?.ok) onDone(t("disable.done", { name: contact.name }));
  }, [state, onDone, t, contact.name]);
  return (
    <ActionForm action={action} className={DIALOG_FORM}>
      <input type="hidden" name="contactId" value={contact.id} />
      {failure ? (
        <DialogBody>
          <FormError message={failureMessage(state, "contactId")} />
        </DialogBody>
      ) : null}
      <Footer pending={pending} label={t("disable.confirm")} danger onCancel={onCancel} />
    </ActionForm>
  );
}

/** Enable: the roles it had when disabled, ticked (exactly those confirmed are set); the orders whose roles stay with their new holder. */
function EnableForm({ slug, contact, onCancel, onDone }: FormProps) {
  const [state, action, pending] = useOrgAction(enableContactAction, slug);
  const [offer, setOffer] = useState<EnableOffer | null>(null);
  const [loadError, setLoadError] = useState("");
  const body = useRef<HTMLDivElement>(null);
  const failure = failureOf(state);
  const t = useTranslations("contacts");
  const tAll = useTranslations();
  const genericError = tAll("common.genericError");
  useEffect(() => {
    let live = true;
    describeEnableAction(slug, contact.id).then((result) => {
      if (!live) return;
      if (result.ok) setOffer(result.data);
      else setLoadError(result.formError ?? genericError);
    });
    return () => {
      live = false;
    };
  }, [slug, contact.id, genericError]);
  // The roles arrive after the dialog opened: the first one gets focus, as the first field would have.
  useEffect(() => {
    if (offer && !body.current?.contains(document.activeElement)) body.current?.querySelector<HTMLElement>("input[type=checkbox]")?.focus();
  }, [offer]);
  useEffect(() => {
    if (state?.ok) onDone(t("enable.done", { name: contact.name }));
  }, [state, onDone, t, contact.name]);
  return (
    <ActionForm action={action} className={DIALOG_FORM} noValidate>
      <DialogBody ref={body} className="flex flex-col gap-4">
        <input type="hidden" name="contactId" value={contact.id} />
        <FormError message={failure?.formError ?? loadError} />
        {offer === null && !loadError ? (
          <p role="status" className="text-sm text-muted">
            {t("enable.loading")}
          </p>
        ) : null}
        {offer ? (
          <>
            <RoleCheckboxes checked={offer.roles} errors={failure?.fieldErrors?.roles} />
            {offer.reassignedOrders.length ? (
              <div className="notice-warn">
                <p>{t("enable.reassignedIntro", { name: contact.name })}</p>
                <ul className="mt-1 list-disc pl-5">
                  {offer.reassignedOrders.map((order) => (
                    <li key={order.number}>{t("enable.orderLine", order)}</li>
                  ))}
                </ul>
              </div>
            ) : null}
          </>
        ) : null}
      </DialogBody>
      <Footer pending={pending} label={t("enable.confirm")} disabled={!offer} onCancel={onCancel} />
    </ActionForm>
  );
}

type OrderRoleItem = { id: string; number: string; licensee: boolean; billing: boolean };

function ReassignForm({ slug, contact, onCancel, onDone, defaultLanguage }: FormProps & { defaultLanguage: Locale }) {
  const [state, action, pending] = useOrgAction(disableAndReassignContactAction, slug);
  const [orders, setOrders] = useState<OrderRoleItem[] | null>(null);
  const [ordersError, setOrdersError] = useState("");
  const [replacement, setReplacement] = useState<"existing" | "new">("existing");
  const [suggestions, setSuggestions] = useState<{ id: string; name: string; email: string }[]>([]);
  const listId = useId();
  const failure = failureOf(state);
  const t = useTranslations("contacts.reassign");
  const tAll = useTranslations();
  const genericError = tAll("common.genericError");

  useEffect(() => {
    let live = true;
    listContactOrdersAction(slug, contact.id).then((result) => {
      if (!live) return;
      if (result.ok) setOrders(result.data);
      else setOrdersError(result.formError ?? genericError);
    });
    return () => {
      live = false;
    };
  }, [slug, contact.id, genericError]);

  useEffect(() => {
    if (state?.ok) onDone(t("done", { name: contact.name, count: state.data.orders, replacement: state.data.replacement.name }));
  }, [state, onDone, t, contact.name]);

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const suggest = (q: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const result = await suggestReplacementContactsAction(slug, q, contact.id);
      if (result.ok) setSuggestions(result.data);
    }, 200);
  };

  const roleLabel = (order: OrderRoleItem) =>
    [order.licensee ? tAll("contactRoles.LICENSEE") : null, order.billing ? tAll("contactRoles.BILLING") : null].filter(Boolean).join(", ");

  return (
    <ActionForm action={action} className={DIALOG_FORM} noValidate>
      <DialogBody className="flex flex-col gap-4">
        <input type="hidden" name="contactId" value={contact.id} />
        {orders?.map((order) => (
          <input key={order.id} type="hidden" name="orderIds" value={order.id} />
        ))}
        <FormError message={failure?.formError ?? failure?.fieldErrors?.orderIds?.join(" ") ?? ordersError} />
        {orders === null && !ordersError ? (
          <p role="status" className="text-sm text-muted">
            {t("loading")}
          </p>
        ) : null}
        {orders?.length ? (
          <table className="w-full text-left text-sm">
            <caption className="pb-2 text-left font-semibold">{t("ordersCaption")}</caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-1">
                  {t("order")}
                </th>
                <th scope="col" className="py-1">
                  {t("roles")}
                </th>
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => (
                <tr key={order.id} className="border-b border-line">
                  <td className="py-1 font-mono">{order.number}</td>
                  <td className="py-1">{roleLabel(order)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <fieldset className="fieldset flex flex-col gap-3">
          <legend className="legend">{t("replacement")}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="replacement"
              value="existing"
              checked={replacement === "existing"}
              onChange={() => setReplacement("existing")}
            />
            {t("existing")}
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="replacement" value="new" checked={replacement === "new"} onChange={() => setReplacement("new")} />
            {t("newPerson")}
          </label>
          {replacement === "existing" ? (
            <>
              <TextField
                label={t("existingEmail")}
                name="replacementEmail"
                type="email"
                list={listId}
                autoComplete="off"
                hint={t("existingHelp")}
                onChange={(event) => suggest(event.currentTarget.value)}
                errors={failure?.fieldErrors?.replacementEmail}
              />
              <datalist id={listId}>
                {suggestions.map((option) => (
                  <option key={option.id} value={option.email}>
                    {option.name}
                  </option>
                ))}
              </datalist>
            </>
          ) : (
            <>
              <p className="field-hint">{t("newHelp")}</p>
              <TextField label={t("newName")} name="replacementName" maxLength={120} errors={failure?.fieldErrors?.replacementName} />
              <TextField
                label={t("newEmail")}
                name="replacementEmail"
                type="email"
                autoComplete="off"
                errors={failure?.fieldErrors?.replacementEmail}
              />
              <LanguageSelect label={t("newLanguage")} name="replacementLanguage" defaultValue={defaultLanguage} />
            </>
          )}
        </fieldset>
      </DialogBody>
      <Footer pending={pending} label={t("confirm")} danger disabled={!orders?.length} onCancel={onCancel} />
    </ActionForm>
  );
}
