"use client";
// *Assign workspace*: the organization's workspaces as checkboxes (loaded when the dialog
// opens, so the page does not pay for them), with a filter when there are many and a limit
// on how many may be chosen. Posts `workspaceIds[]` with its form.
import { useEffect, useId, useMemo, useState } from "react";
import { loadUserWorkspacesAction } from "@/app/orgs/[slug]/users/actions";
import { useTranslations } from "@/lib/i18n/client";

type Props = {
  slug: string;
  /** Whose current workspaces start checked; none for a new invitation. */
  membershipId?: string;
  max: number;
  errors?: string[];
  onLoaded?: () => void;
};

const FILTER_FROM = 8;

export function WorkspacePicker({ slug, membershipId, max, errors, onLoaded }: Props) {
  const t = useTranslations("users.picker");
  const [workspaces, setWorkspaces] = useState<{ id: string; name: string }[] | null>(null);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [failure, setFailure] = useState("");
  const [filter, setFilter] = useState("");
  const ids = { legend: useId(), status: useId(), error: useId() };

  useEffect(() => {
    let live = true;
    loadUserWorkspacesAction(slug, membershipId).then((result) => {
      if (!live) return;
      if (result.ok) {
        setWorkspaces(result.data.workspaces);
        setChecked(new Set(result.data.assigned));
      } else
        setFailure(
          result.formError ??
            Object.values(result.fieldErrors ?? {})
              .flat()
              .join(" "),
        );
      onLoaded?.();
    });
    return () => {
      live = false;
    };
  }, [slug, membershipId, onLoaded]);

  const shown = useMemo(() => {
    const term = filter.trim().toLocaleLowerCase();
    return (workspaces ?? []).filter((w) => !term || w.name.toLocaleLowerCase().includes(term));
  }, [workspaces, filter]);

  if (failure)
    return (
      <p role="alert" className="field-error">
        {failure}
      </p>
    );
  if (!workspaces)
    return (
      <p role="status" className="text-sm text-muted">
        {t("loading")}
      </p>
    );
  if (workspaces.length === 0) return <p className="text-sm text-muted">{t("none")}</p>;
  const full = checked.size >= max;
  const toggle = (id: string, on: boolean) =>
    setChecked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <fieldset
      aria-describedby={[ids.status, errors?.length ? ids.error : ""].filter(Boolean).join(" ")}
      aria-invalid={errors?.length ? true : undefined}
      className="flex min-w-0 flex-col gap-2"
    >
      <legend id={ids.legend} className="field-label">
        {t("legend")}
      </legend>
      {workspaces.length >= FILTER_FROM ? (
        <input
          type="search"
          aria-label={t("filter")}
          placeholder={t("filter")}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          className="field-input"
        />
      ) : null}
      <p id={ids.status} role="status" className="text-xs text-muted">
        {t("selected", { count: checked.size })}
        {max < workspaces.length ? ` · ${t("limit", { max: String(max) })}` : ""}
      </p>
      {/* Checked boxes outside the filter still post their value. */}
      {[...checked]
        .filter((id) => !shown.some((w) => w.id === id))
        .map((id) => (
          <input key={id} type="hidden" name="workspaceIds[]" value={id} />
        ))}
      <ul className="max-h-64 overflow-y-auto rounded-md border border-slate-200 p-1">
        {shown.length === 0 ? <li className="px-2 py-1.5 text-sm text-muted">{t("noMatch")}</li> : null}
        {shown.map((workspace) => (
          <li key={workspace.id}>
            <label className="flex cursor-pointer items-center gap-2 rounded px-2 py-1.5 text-sm hover:bg-slate-50 has-[:disabled]:cursor-not-allowed has-[:disabled]:text-slate-500">
              <input
                type="checkbox"
                name="workspaceIds[]"
                value={workspace.id}
                checked={checked.has(workspace.id)}
                disabled={full && !checked.has(workspace.id)}
                onChange={(event) => toggle(workspace.id, event.target.checked)}
                className="size-4 rounded border-slate-300"
              />
              <span className="min-w-0 truncate">{workspace.name}</span>
            </label>
          </li>
        ))}
      </ul>
      {errors?.length ? (
        <p id={ids.error} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
