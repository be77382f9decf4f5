"use client";
import { ActionForm } from "@/components/ui/action-form";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { Dialog } from "@/components/ui/dialog";
import { announce } from "@/components/ui/notice";
import { FormError, TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import {
  disableAndReassignContactAction, disableContactAction, enableContactAction, listContactOrdersAction,
  suggestReplacementContactsAction, updateContactAction,
} from "@/app/orgs/[slug]/contacts/actions";
import type { ActionResult } from "@/lib/actions/result";
import { useTranslations } from "@/lib/i18n/client";
import { LanguageSelect, RoleCheckboxes } from "./role-checkboxes";
import { ContactEmails } from "@/components/notifications/contact-emails";

export type RowContact = { id: string; name: string; email: string; phone: string | null; language: "en" | "fr"; status: "ACTIVE" | "INVITED" | "DISABLED"; roles: string[]; hasOrders: boolean };

type Mode = null | "edit" | "disable" | "reassign" | "enable";
type Props = { slug: string; contact: RowContact; openEdit?: boolean };

const linkButton = "rounded px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 hover:underline";

export function ContactRowActions({ slug, contact, openEdit = false }: Props) {
  const [mode, setMode] = useState<Mode>(openEdit ? "edit" : null);
  const t = useTranslations("contacts");
  const name = { name: contact.name };
  const close = () => setMode(null);
  const finish = (message: string) => { setMode(null); announce(message); };
  // "Edit that contact instead" arrives as ?edit=<id> while the row may already be on the page.
  useEffect(() => { if (openEdit) setMode("edit"); }, [openEdit]);
  return (
    <div className="flex items-center justify-end gap-1 whitespace-nowrap">
      <button type="button" className={linkButton} aria-label={t("actions.editNamed", name)} onClick={() => setMode("edit")}>{t("actions.edit")}</button>
      {contact.status === "DISABLED" ? (
        <button type="button" className={linkButton} aria-label={t("actions.enableNamed", name)} onClick={() => setMode("enable")}>{t("actions.enable")}</button>
      ) : contact.hasOrders ? (
        <button type="button" className={linkButton} aria-label={t("actions.disableReassignNamed", name)} onClick={() => setMode("reassign")}>{t("actions.disableReassign")}</button>
      ) : (
        <button type="button" className={linkButton} aria-label={t("actions.disableNamed", name)} onClick={() => setMode("disable")}>{t("actions.disable")}</button>
      )}
      <Dialog open={mode === "edit"} onClose={close} title={t("edit.title", name)} size="lg">
        {mode === "edit" ? <EditForm slug={slug} contact={contact} onCancel={close} onDone={finish} /> : null}
      </Dialog>
      <Dialog open={mode === "disable"} onClose={close} title={t("disable.title", name)} description={t("disable.body", name)}>
        {mode === "disable" ? (
          <ConfirmForm slug={slug} contactId={contact.id} action={disableContactAction} confirm={t("disable.confirm")} danger onCancel={close}
            onDone={() => finish(t("disable.done", name))} />
        ) : null}
      </Dialog>
      <Dialog open={mode === "enable"} onClose={close} title={t("enable.title", name)} description={t("enable.body", name)}>
        {mode === "enable" ? (
          <ConfirmForm slug={slug} contactId={contact.id} action={enableContactAction} confirm={t("enable.confirm")} onCancel={close}
            onDone={() => finish(t("enable.done", name))} />
        ) : null}
      </Dialog>
      <Dialog open={mode === "reassign"} onClose={close} title={t("reassign.title", name)} description={t("reassign.body", name)} size="lg">
        {mode === "reassign" ? <ReassignForm slug={slug} contact={contact} onCancel={close} onDone={finish} /> : null}
      </Dialog>
    </div>
  );
}

type FormAction<R> = (slug: string, previous: unknown, formData: FormData) => Promise<ActionResult<R>>;

function useSlugAction<R>(action: FormAction<R>, slug: string) {
  return useActionState<ActionResult<R> | null, FormData>(action.bind(null, slug), null);
}

function Footer({ pending, label, danger, disabled, onCancel }: { pending: boolean; label: string; danger?: boolean; disabled?: boolean; onCancel: () => void }) {
  const t = useTranslations();
  return (
    <div className="flex justify-end gap-2 border-t border-slate-200 pt-4">
      <button type="button" className={buttonClass("secondary")} onClick={onCancel}>{t("common.cancel")}</button>
      <button type="submit" className={buttonClass(danger ? "danger" : "primary")} disabled={pending || disabled}>{pending ? t("contacts.form.saving") : label}</button>
    </div>
  );
}

function EditForm({ slug, contact, onCancel, onDone }: { slug: string; contact: RowContact; onCancel: () => void; onDone: (m: string) => void }) {
  const [state, action, pending] = useSlugAction(updateContactAction, slug);
  const failure = state && !state.ok ? state : null;
  const t = useTranslations("contacts");
  useEffect(() => { if (state?.ok) onDone(t("form.saved", { name: state.data.name })); }, [state, onDone, t]);
  return (
    <ActionForm action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="contactId" value={contact.id} />
      <FormError message={failure?.formError} />
      <TextField label={t("form.name")} name="name" defaultValue={contact.name} required maxLength={120} errors={failure?.fieldErrors?.name} />
      <TextField label={t("form.email")} name="email-readonly" value={contact.email} readOnly hint={t("edit.emailFixed")} />
      <TextField label={t("form.phone")} name="phone" type="tel" defaultValue={contact.phone ?? ""} maxLength={40} errors={failure?.fieldErrors?.phone} />
      <LanguageSelect label={t("form.language")} defaultValue={contact.language} />
      <RoleCheckboxes checked={contact.roles} errors={failure?.fieldErrors?.roles} />
      <ContactEmails slug={slug} contactId={contact.id} />
      <Footer pending={pending} label={t("form.save")} onCancel={onCancel} />
    </ActionForm>
  );
}

function ConfirmForm({ slug, contactId, action: formAction, confirm, danger, onCancel, onDone }: {
  slug: string; contactId: string; action: FormAction<{ id: string; name: string }>; confirm: string; danger?: boolean; onCancel: () => void; onDone: () => void;
}) {
  const [state, action, pending] = useSlugAction(formAction, slug);
  const failure = state && !state.ok ? state : null;
  useEffect(() => { if (state?.ok) onDone(); }, [state, onDone]);
  return (
    <ActionForm action={action} className="flex flex-col gap-4">
      <input type="hidden" name="contactId" value={contactId} />
      <FormError message={failure?.formError} />
      <Footer pending={pending} label={confirm} danger={danger} onCancel={onCancel} />
    </ActionForm>
  );
}

type OrderRoleItem = { id: string; number: string; licensee: boolean; billing: boolean };

function ReassignForm({ slug, contact, onCancel, onDone }: { slug: string; contact: RowContact; onCancel: () => void; onDone: (m: string) => void }) {
  const [state, action, pending] = useSlugAction(disableAndReassignContactAction, slug);
  const [orders, setOrders] = useState<OrderRoleItem[] | null>(null);
  const [ordersError, setOrdersError] = useState("");
  const [replacement, setReplacement] = useState<"existing" | "new">("existing");
  const [suggestions, setSuggestions] = useState<{ id: string; name: string; email: string }[]>([]);
  const listId = useId();
  const failure = state && !state.ok ? state : null;
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
    return () => { live = false; };
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
    <ActionForm action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="contactId" value={contact.id} />
      {orders?.map((order) => <input key={order.id} type="hidden" name="orderIds" value={order.id} />)}
      <FormError message={failure?.formError ?? failure?.fieldErrors?.orderIds?.join(" ") ?? ordersError} />
      {orders === null && !ordersError ? <p role="status">{t("loading")}</p> : null}
      {orders?.length ? (
        <table className="w-full text-left text-sm">
          <caption className="pb-2 text-left font-semibold">{t("ordersCaption")}</caption>
          <thead><tr className="border-b border-slate-200"><th scope="col" className="py-1">{t("order")}</th><th scope="col" className="py-1">{t("roles")}</th></tr></thead>
          <tbody>
            {orders.map((order) => (
              <tr key={order.id} className="border-b border-slate-100"><td className="py-1 font-mono">{order.number}</td><td className="py-1">{roleLabel(order)}</td></tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <fieldset className="flex flex-col gap-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">{t("replacement")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="replacement" value="existing" checked={replacement === "existing"} onChange={() => setReplacement("existing")} />
          {t("existing")}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="replacement" value="new" checked={replacement === "new"} onChange={() => setReplacement("new")} />
          {t("newPerson")}
        </label>
        {replacement === "existing" ? (
          <>
            <TextField label={t("existingEmail")} name="replacementEmail" type="email" list={listId} autoComplete="off" hint={t("existingHelp")}
              onChange={(event) => suggest(event.currentTarget.value)} errors={failure?.fieldErrors?.replacementEmail} />
            <datalist id={listId}>
              {suggestions.map((option) => <option key={option.id} value={option.email}>{option.name}</option>)}
            </datalist>
          </>
        ) : (
          <>
            <p className="text-xs text-slate-600">{t("newHelp")}</p>
            <TextField label={t("newName")} name="replacementName" maxLength={120} errors={failure?.fieldErrors?.replacementName} />
            <TextField label={t("newEmail")} name="replacementEmail" type="email" autoComplete="off" errors={failure?.fieldErrors?.replacementEmail} />
            <LanguageSelect label={t("newLanguage")} name="replacementLanguage" />
          </>
        )}
      </fieldset>
      <Footer pending={pending} label={t("confirm")} danger disabled={!orders?.length} onCancel={onCancel} />
    </ActionForm>
  );
}
