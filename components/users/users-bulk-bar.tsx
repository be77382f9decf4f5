"use client";
// Above the users table for those who may act on a selection: select every row of the page,
// then (the page all selected) every user matching the filter; the count selected, said
// politely as it changes; the operations the viewer's role allows, each opening its confirmation.
import { useCallback, useId, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { announce } from "@/components/ui/notice";
import type { OrgRole } from "@/lib/db/generated/enums";
import { useTranslations } from "@/lib/i18n/client";
import { UsersBulkDialog, type BulkOperationKind, type BulkSelection } from "./users-bulk-dialog";

/** The list's total as the page counted it: exact, or "more than" past the cap. */
export type ListCount = { count: number; capped: boolean };

type Props = {
  slug: string;
  pageIds: string[];
  selected: ReadonlySet<string>;
  allMatching: boolean;
  total: ListCount;
  selection: BulkSelection;
  operations: BulkOperationKind[];
  assignableRoles: readonly OrgRole[];
  onSelectPage: (all: boolean) => void;
  onSelectAllMatching: () => void;
  onClear: () => void;
};

export function UsersBulkBar({
  slug,
  pageIds,
  selected,
  allMatching,
  total,
  selection,
  operations,
  assignableRoles,
  onSelectPage,
  onSelectAllMatching,
  onClear,
}: Props) {
  const t = useTranslations("users.bulk");
  const [operation, setOperation] = useState<BulkOperationKind | null>(null);
  const pageId = useId();
  const pageAll = pageIds.length > 0 && pageIds.every((id) => selected.has(id));
  const pageSome = pageIds.some((id) => selected.has(id));
  const more = total.capped || total.count > pageIds.length;
  const summary = allMatching
    ? t(total.capped ? "selectedAllCapped" : "selectedAll", { count: total.count })
    : selected.size
      ? t("selected", { count: selected.size })
      : "";
  const close = useCallback(() => setOperation(null), []);
  const done = useCallback(
    (count: number) => {
      setOperation(null);
      onClear();
      announce(t("done", { count }));
    },
    [onClear, t],
  );

  if (pageIds.length === 0) return null;
  return (
    <div role="group" aria-label={t("toolbar")} className="flex flex-wrap items-center gap-3 text-sm">
      <span className="inline-flex items-center gap-2">
        <input
          id={pageId}
          type="checkbox"
          checked={pageAll || allMatching}
          ref={(box) => {
            if (box) box.indeterminate = pageSome && !pageAll && !allMatching;
          }}
          onChange={(event) => onSelectPage(event.target.checked)}
        />
        <label htmlFor={pageId}>{t("selectPage")}</label>
      </span>
      {pageAll && more && !allMatching ? (
        <button type="button" className="link" onClick={onSelectAllMatching}>
          {t(total.capped ? "selectAllMatchingCapped" : "selectAllMatching", { count: total.count })}
        </button>
      ) : null}
      <p role="status" aria-live="polite" className="text-muted">
        {summary}
      </p>
      {summary ? (
        <>
          {operations.map((kind) => (
            <button
              key={kind}
              type="button"
              className={buttonClass(kind === "delete" ? "danger" : "secondary")}
              onClick={() => setOperation(kind)}
            >
              {t(`operations.${kind}`)}
            </button>
          ))}
          <button type="button" className="link" onClick={onClear}>
            {t("clear")}
          </button>
        </>
      ) : null}
      <UsersBulkDialog
        slug={slug}
        operation={operation}
        selection={selection}
        assignableRoles={assignableRoles}
        onClose={close}
        onDone={done}
      />
    </div>
  );
}
