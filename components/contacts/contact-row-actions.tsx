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
import { LanguageSelect, RoleCheckboxes } from "./role-checkboxes";
import { format, type ContactsStrings } from "./strings";

export type RowContact = { id: string; name: string; email: string; phone: string | null; language: "en" | "fr"; status: "ACTIVE" | "INVITED" | "DISABLED"; roles: string[]; hasOrders: boolean };

type Mode = null | "edit" | "disable" | "reassign" | "enable";
type Props = { slug: string; contact: RowContact; strings: ContactsStrings; openEdit?: boolean };

const linkButton = "rounded px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 hover:underline";

export function ContactRowActions({ slug, contact, strings, openEdit = false }: Props) {
  const [mode, setMode] = useState<Mode>(openEdit ? "edit" : null);
  const s = strings.contacts;
  const close = () => setMode(null);
  const finish = (message: string) => { setMode(null); announce(message); };
  // "Edit that contact instead" arrives as ?edit=<id> while the row may already be on the page.
  useEffect(() => { if (openEdit) setMode("edit"); }, [openEdit]);
  return (
    <div className="flex items-center justify-end gap-1 whitespace-nowrap">
      <button type="button" className={linkButton} aria-label={format(s.actions.editNamed, { name: contact.name })} onClick={() => setMode("edit")}>{s.actions.edit}</button>
      {contact.status === "DISABLED" ? (
        <button type="button" className={linkButton} aria-label={format(s.actions.enableNamed, { name: contact.name })} onClick={() => setMode("enable")}>{s.actions.enable}</button>
      ) : contact.hasOrders ? (
        <button type="button" className={linkButton} aria-label={format(s.actions.disableReassignNamed, { name: contact.name })} onClick={() => setMode("reassign")}>{s.actions.disableReassign}</button>
      ) : (
        <button type="button" className={linkButton} aria-label={format(s.actions.disableNamed, { name: contact.name })} onClick={() => setMode("disable")}>{s.actions.disable}</button>
      )}
      <Dialog open={mode === "edit"} onClose={close} title={format(s.edit.title, { name: contact.name })} size="lg">
        {mode === "edit" ? <EditForm slug={slug} contact={contact} strings={strings} onCancel={close} onDone={finish} /> : null}
      </Dialog>
      <Dialog open={mode === "disable"} onClose={close} title={format(s.disable.title, { name: contact.name })} description={format(s.disable.body, { name: contact.name })}>
        {mode === "disable" ? (
          <ConfirmForm slug={slug} contactId={contact.id} action={disableContactAction} confirm={s.disable.confirm} danger strings={strings} onCancel={close}
            onDone={() => finish(format(s.disable.done, { name: contact.name }))} />
        ) : null}
      </Dialog>
      <Dialog open={mode === "enable"} onClose={close} title={format(s.enable.title, { name: contact.name })} description={format(s.enable.body, { name: contact.name })}>
        {mode === "enable" ? (
          <ConfirmForm slug={slug} contactId={contact.id} action={enableContactAction} confirm={s.enable.confirm} strings={strings} onCancel={close}
            onDone={() => finish(format(s.enable.done, { name: contact.name }))} />
        ) : null}
      </Dialog>
      <Dialog open={mode === "reassign"} onClose={close} title={format(s.reassign.title, { name: contact.name })} description={format(s.reassign.body, { name: contact.name })} size="lg">
        {mode === "reassign" ? <ReassignForm slug={slug} contact={contact} strings={strings} onCancel={close} onDone={finish} /> : null}
      </Dialog>
    </div>
  );
}

type FormAction<R> = (slug: string, previous: unknown, formData: FormData) => Promise<ActionResult<R>>;

function useSlugAction<R>(action: FormAction<R>, slug: string) {
  return useActionState<ActionResult<R> | null, FormData>(action.bind(null, slug), null);
}

function Footer({ strings, pending, label, danger, disabled, onCancel }: { strings: ContactsStrings; pending: boolean; label: string; danger?: boolean; disabled?: boolean; onCancel: () => void }) {
  return (
    <div className="flex justify-end gap-2 border-t border-slate-200 pt-4">
      <button type="button" className={buttonClass("secondary")} onClick={onCancel}>{strings.common.cancel}</button>
      <button type="submit" className={buttonClass(danger ? "danger" : "primary")} disabled={pending || disabled}>{pending ? strings.contacts.form.saving : label}</button>
    </div>
  );
}

function EditForm({ slug, contact, strings, onCancel, onDone }: { slug: string; contact: RowContact; strings: ContactsStrings; onCancel: () => void; onDone: (m: string) => void }) {
  const [state, action, pending] = useSlugAction(updateContactAction, slug);
  const failure = state && !state.ok ? state : null;
  const s = strings.contacts;
  useEffect(() => { if (state?.ok) onDone(format(s.form.saved, { name: state.data.name })); }, [state, onDone, s.form.saved]);
  return (
    <ActionForm action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="contactId" value={contact.id} />
      <FormError message={failure?.formError} />
      <TextField label={s.form.name} name="name" defaultValue={contact.name} required maxLength={120} errors={failure?.fieldErrors?.name} />
      <TextField label={s.form.email} name="email-readonly" value={contact.email} readOnly hint={s.edit.emailFixed} />
      <TextField label={s.form.phone} name="phone" type="tel" defaultValue={contact.phone ?? ""} maxLength={40} errors={failure?.fieldErrors?.phone} />
      <LanguageSelect label={s.form.language} defaultValue={contact.language} strings={strings} />
      <RoleCheckboxes strings={strings} checked={contact.roles} errors={failure?.fieldErrors?.roles} />
      <Footer strings={strings} pending={pending} label={s.form.save} onCancel={onCancel} />
    </ActionForm>
  );
}

function ConfirmForm({ slug, contactId, action: formAction, confirm, danger, strings, onCancel, onDone }: {
  slug: string; contactId: string; action: FormAction<{ id: string; name: string }>; confirm: string; danger?: boolean; strings: ContactsStrings; onCancel: () => void; onDone: () => void;
}) {
  const [state, action, pending] = useSlugAction(formAction, slug);
  const failure = state && !state.ok ? state : null;
  useEffect(() => { if (state?.ok) onDone(); }, [state, onDone]);
  return (
    <ActionForm action={action} className="flex flex-col gap-4">
      <input type="hidden" name="contactId" value={contactId} />
      <FormError message={failure?.formError} />
      <Footer strings={strings} pending={pending} label={confirm} danger={danger} onCancel={onCancel} />
    </ActionForm>
  );
}

type OrderRoleItem = { id: string; number: string; licensee: boolean; billing: boolean };

function ReassignForm({ slug, contact, strings, onCancel, onDone }: { slug: string; contact: RowContact; strings: ContactsStrings; onCancel: () => void; onDone: (m: string) => void }) {
  const [state, action, pending] = useSlugAction(disableAndReassignContactAction, slug);
  const [orders, setOrders] = useState<OrderRoleItem[] | null>(null);
  const [ordersError, setOrdersError] = useState("");
  const [replacement, setReplacement] = useState<"existing" | "new">("existing");
  const [suggestions, setSuggestions] = useState<{ id: string; name: string; email: string }[]>([]);
  const listId = useId();
  const failure = state && !state.ok ? state : null;
  const s = strings.contacts;

  useEffect(() => {
    let live = true;
    listContactOrdersAction(slug, contact.id).then((result) => {
      if (!live) return;
      if (result.ok) setOrders(result.data);
      else setOrdersError(result.formError ?? strings.common.genericError);
    });
    return () => { live = false; };
  }, [slug, contact.id, strings.common.genericError]);

  useEffect(() => {
    if (state?.ok) onDone(format(state.data.orders === 1 ? s.reassign.doneOne : s.reassign.done, { name: contact.name, count: state.data.orders, replacement: state.data.replacement.name }));
  }, [state, onDone, s.reassign.done, s.reassign.doneOne, contact.name]);

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const suggest = (q: string) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(async () => {
      const result = await suggestReplacementContactsAction(slug, q, contact.id);
      if (result.ok) setSuggestions(result.data);
    }, 200);
  };

  const roleLabel = (order: OrderRoleItem) =>
    [order.licensee ? strings.contactRoles.LICENSEE : null, order.billing ? strings.contactRoles.BILLING : null].filter(Boolean).join(", ");

  return (
    <ActionForm action={action} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="contactId" value={contact.id} />
      {orders?.map((order) => <input key={order.id} type="hidden" name="orderIds" value={order.id} />)}
      <FormError message={failure?.formError ?? failure?.fieldErrors?.orderIds?.join(" ") ?? ordersError} />
      {orders === null && !ordersError ? <p role="status">{s.reassign.loading}</p> : null}
      {orders?.length ? (
        <table className="w-full text-left text-sm">
          <caption className="pb-2 text-left font-semibold">{s.reassign.ordersCaption}</caption>
          <thead><tr className="border-b border-slate-200"><th scope="col" className="py-1">{s.reassign.order}</th><th scope="col" className="py-1">{s.reassign.roles}</th></tr></thead>
          <tbody>
            {orders.map((order) => (
              <tr key={order.id} className="border-b border-slate-100"><td className="py-1 font-mono">{order.number}</td><td className="py-1">{roleLabel(order)}</td></tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <fieldset className="flex flex-col gap-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-semibold">{s.reassign.replacement}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="replacement" value="existing" checked={replacement === "existing"} onChange={() => setReplacement("existing")} />
          {s.reassign.existing}
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="replacement" value="new" checked={replacement === "new"} onChange={() => setReplacement("new")} />
          {s.reassign.newPerson}
        </label>
        {replacement === "existing" ? (
          <>
            <TextField label={s.reassign.existingEmail} name="replacementEmail" type="email" list={listId} autoComplete="off" hint={s.reassign.existingHelp}
              onChange={(event) => suggest(event.currentTarget.value)} errors={failure?.fieldErrors?.replacementEmail} />
            <datalist id={listId}>
              {suggestions.map((option) => <option key={option.id} value={option.email}>{option.name}</option>)}
            </datalist>
          </>
        ) : (
          <>
            <p className="text-xs text-slate-600">{s.reassign.newHelp}</p>
            <TextField label={s.reassign.newName} name="replacementName" maxLength={120} errors={failure?.fieldErrors?.replacementName} />
            <TextField label={s.reassign.newEmail} name="replacementEmail" type="email" autoComplete="off" errors={failure?.fieldErrors?.replacementEmail} />
            <LanguageSelect label={s.reassign.newLanguage} name="replacementLanguage" strings={strings} />
          </>
        )}
      </fieldset>
      <Footer strings={strings} pending={pending} label={s.reassign.confirm} danger disabled={!orders?.length} onCancel={onCancel} />
    </ActionForm>
  );
}
