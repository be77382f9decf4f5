"use client";
// The header's organization switcher: a disclosure button showing the
// current organization; opening it loads the organizations the user may open (a server
// action, so organization pages do not pay a statement for it), the current one marked,
// and *Create organization*.
import { useCallback, useEffect, useId, useRef, useState } from "react";
import Link from "next/link";
import { Icon } from "@/components/ui/icon";
import { listSwitcherOrganizationsAction } from "@/app/actions/orgs";
import type { SwitcherOrganization } from "@/lib/orgs/switcher-organizations";
import { useTranslations } from "@/lib/i18n/client";
import { routes } from "@/lib/routes";
import { useMessageSet, WithMessages } from "./lazy-messages";

export function OrgSwitcher({ current }: { current: { slug: string; name: string } | null }) {
  const t = useTranslations("orgs.switcher");
  // The panel's words come when it first opens (every page carries this header).
  const { messages, load: loadWords } = useMessageSet("orgSwitcher");
  const [open, setOpen] = useState(false);
  const [organizations, setOrganizations] = useState<SwitcherOrganization[] | null>(null);
  const [failed, setFailed] = useState(false);
  const panelId = useId();
  const headingId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  }, []);

  const load = useCallback(() => {
    setFailed(false);
    listSwitcherOrganizationsAction().then(
      (result) => {
        if (result.ok) setOrganizations(result.data);
        else setFailed(true);
      },
      () => setFailed(true),
    );
  }, []);

  // A click anywhere else, or focus leaving it (Tab past its last link), closes the panel.
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) close(false);
    };
    const onFocus = (event: FocusEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) close(false);
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("focusin", onFocus);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("focusin", onFocus);
    };
  }, [open, close]);

  // Once the list is there, move focus into it.
  useEffect(() => {
    if (open && organizations) root.current?.querySelector<HTMLElement>(`#${CSS.escape(panelId)} a`)?.focus();
  }, [open, organizations, panelId]);

  return (
    <div
      ref={root}
      className="relative"
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          event.stopPropagation();
          close(true);
        }
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          if (open) setOpen(false);
          else {
            load();
            void loadWords().then(() => setOpen(true));
          }
        }}
        className="inline-flex max-w-28 items-center gap-1.5 sm:max-w-56 rounded-md px-2 py-1 text-sm font-medium text-fg ring-1 ring-line-strong hover:bg-hover"
      >
        <span className="truncate">{current ? current.name : t("button")}</span>
        {current ? <span className="sr-only">, {t("button")}</span> : null}
        <Icon name="chevron-down" className="size-4 shrink-0 text-muted" />
      </button>
      {open && messages ? (
        <WithMessages messages={messages}>
          <SwitcherPanel
            panelId={panelId}
            headingId={headingId}
            organizations={organizations}
            failed={failed}
            current={current}
            close={close}
          />
        </WithMessages>
      ) : null}
    </div>
  );
}

function SwitcherPanel({
  panelId,
  headingId,
  organizations,
  failed,
  current,
  close,
}: {
  panelId: string;
  headingId: string;
  organizations: SwitcherOrganization[] | null;
  failed: boolean;
  current: { slug: string; name: string } | null;
  close: (refocus: boolean) => void;
}) {
  const t = useTranslations("orgs.switcher");
  const roles = useTranslations("roles");
  return (
    <div
      id={panelId}
      role="region"
      aria-labelledby={headingId}
      className="absolute right-0 z-20 mt-2 w-72 max-w-[calc(100vw-2rem)] rounded-lg bg-surface p-2 shadow-lg ring-1 ring-line"
    >
      <h2 id={headingId} className="px-2 pb-1 pt-1 text-xs font-semibold uppercase tracking-wide text-muted">
        {t("list")}
      </h2>
      {failed ? (
        <p role="alert" className="px-2 py-2 text-sm text-danger-strong">
          {t("error")}
        </p>
      ) : null}
      {!organizations && !failed ? (
        <p role="status" className="px-2 py-2 text-sm text-muted">
          {t("loading")}
        </p>
      ) : null}
      {organizations ? (
        <ul className="max-h-72 overflow-y-auto">
          {organizations.map((org) => {
            const isCurrent = org.slug === current?.slug;
            return (
              <li key={org.slug}>
                <Link
                  href={routes.organization(org.slug)}
                  aria-current={isCurrent ? "true" : undefined}
                  onClick={() => close(false)}
                  className="flex items-center justify-between gap-2 rounded-md px-2 py-2 text-sm hover:bg-hover aria-[current=true]:bg-accent-soft"
                >
                  <span className="min-w-0">
                    <span className="block truncate font-medium text-fg">{org.name}</span>
                    {org.role ? <span className="block text-xs text-muted">{roles(org.role)}</span> : null}
                  </span>
                  {isCurrent ? (
                    <span className="flex shrink-0 items-center gap-1 text-xs text-accent-strong">
                      <Icon name="check" className="size-4" />
                      {t("currentMark")}
                    </span>
                  ) : null}
                </Link>
              </li>
            );
          })}
          {organizations.length === 0 ? <li className="px-2 py-2 text-sm text-muted">{t("none")}</li> : null}
        </ul>
      ) : null}
      <div className="mt-1 border-t border-line pt-1">
        <Link
          href={routes.createOrganization()}
          onClick={() => close(false)}
          className="flex items-center gap-2 rounded-md px-2 py-2 text-sm font-medium text-link hover:bg-hover"
        >
          <Icon name="plus" className="size-4" />
          {t("create")}
        </Link>
      </div>
    </div>
  );
}
