"use client";
import { ActionForm } from "@/components/ui/action-form";
import { useActionState } from "react";
import { createOrganizationAction } from "@/app/actions/orgs";
import { FormError, TextField } from "./ui/field";
import { buttonClass } from "./ui/button";

type Labels = { name: string; slug: string; slugHelp: string; submit: string };

export function CreateOrganizationForm({ labels }: { labels: Labels }) {
  const [state, action, pending] = useActionState(createOrganizationAction, null);
  const failure = state && !state.ok ? state : null;
  return (
    <ActionForm action={action} className="flex flex-col gap-4" noValidate>
      <FormError message={failure?.formError} />
      <TextField label={labels.name} name="name" required maxLength={100} errors={failure?.fieldErrors?.name} />
      <TextField label={labels.slug} name="slug" maxLength={48} hint={labels.slugHelp} errors={failure?.fieldErrors?.slug} />
      <button type="submit" className={buttonClass("primary", "self-start")} disabled={pending}>{labels.submit}</button>
    </ActionForm>
  );
}
