"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import css from "./billing-nav.module.css";

export type BillingNavItem = { href: string; label: string; exact?: boolean };

/** The Billing area's sections the person may open (the page passes only those). */
export function BillingNav({ items, label }: { items: BillingNavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="print:hidden">
      <ul className={css.tabs}>
        {items.map((item) => {
          const current = item.exact ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={current ? "page" : undefined}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
