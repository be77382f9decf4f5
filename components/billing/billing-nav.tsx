"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export type BillingNavItem = { href: string; label: string; exact?: boolean };

/** The Billing area's sections the person may open (the page passes only those). */
export function BillingNav({ items, label }: { items: BillingNavItem[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="print:hidden">
      <ul className="flex flex-wrap gap-1 border-b border-line">
        {items.map((item) => {
          const current = item.exact ? pathname === item.href : pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className="-mb-px block border-b-2 border-transparent px-3 py-2 text-sm font-medium text-muted hover:text-fg aria-[current=page]:border-accent aria-[current=page]:text-accent-strong"
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
