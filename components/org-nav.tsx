"use client";
// The organization's navigation: a column beside the page on wide screens; on narrow ones
// (below 768 px) a Menu button that shows and hides the list, closing again after a move or on
// Escape. The organization's name heads it, inside the navigation landmark.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId, useRef, useState } from "react";
import { Icon } from "@/components/ui/icon";
import { useTranslations } from "@/lib/i18n/client";

export type NavKey = "overview" | "contacts" | "users" | "workspaces" | "billing" | "settings";
export type NavItem = { href: string; key: NavKey };

export function OrgNav({ items, organization }: { items: NavItem[]; organization: string }) {
  const t = useTranslations("nav");
  const tUi = useTranslations("ui");
  const pathname = usePathname();
  // Open for the page it was opened on: moving to another page closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);
  return (
    <nav
      aria-label={t("main")}
      className="min-w-0"
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !open) return;
        event.stopPropagation();
        setOpenOn(null);
        button.current?.focus();
      }}
    >
      <p className="mb-2 truncate text-xs font-semibold tracking-wide text-muted uppercase">{organization}</p>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpenOn(open ? null : pathname)}
        className="btn btn-secondary w-full justify-between md:hidden"
      >
        {tUi("menu")}
        <Icon name={open ? "x" : "menu"} />
      </button>
      <ul
        id={listId}
        className={`${open ? "flex" : "hidden"} mt-2 flex-col gap-0.5 rounded-lg bg-surface p-1 ring-1 ring-line md:mt-0 md:flex md:bg-transparent md:p-0 md:ring-0`}
      >
        {items.map((item) => {
          const current = item.href.split("/").length > 3 ? pathname.startsWith(item.href) : pathname === item.href;
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={current ? "page" : undefined} className="nav-link">
                {t(item.key)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
