"use client";
// A dialog's footer buttons sit outside its body's form (so they stay in view while the body
// scrolls) and submit it with form="id"; the form tells them when it is pending.
import { useEffect, useState } from "react";
import { buttonClass } from "./button";

const pendingForms = new Map<string, (pending: boolean) => void>();

/** Called by the form with useActionState's `pending`. */
export function useReportPending(formId: string, pending: boolean): void {
  useEffect(() => {
    pendingForms.get(formId)?.(pending);
  }, [formId, pending]);
}

export function FooterSubmit({
  formId,
  label,
  working,
  danger = false,
  disabled = false,
}: {
  formId: string;
  label: string;
  working: string;
  danger?: boolean;
  disabled?: boolean;
}) {
  const [pending, setPending] = useState(false);
  useEffect(() => {
    pendingForms.set(formId, setPending);
    return () => {
      pendingForms.delete(formId);
    };
  }, [formId]);
  return (
    <button type="submit" form={formId} className={buttonClass(danger ? "danger" : "primary")} disabled={pending || disabled}>
      {pending ? working : label}
    </button>
  );
}

export function FooterCancel({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className={buttonClass("secondary")} onClick={onClick}>
      {label}
    </button>
  );
}
