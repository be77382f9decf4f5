"use client";
import Link from "next/link";
import { useEffect, useState } from "react";

// One visible, announced confirmation area per page: actions that close their
// dialog (or whose row leaves the list) report here, optionally with a link (e.g. to the
// contact just added).
export type Notice = { message: string; link?: { href: string; label: string } };

const listeners = new Set<(notice: Notice) => void>();

export function announce(notice: string | Notice): void {
  const value = typeof notice === "string" ? { message: notice } : notice;
  for (const listener of listeners) listener(value);
}

export function NoticeRegion() {
  const [notice, setNotice] = useState<Notice>({ message: "" });
  useEffect(() => {
    listeners.add(setNotice);
    return () => {
      listeners.delete(setNotice);
    };
  }, []);
  return (
    <p role="status" aria-live="polite" className={notice.message ? "notice-ok" : "sr-only"}>
      {notice.message}
      {notice.link ? (
        <>
          {" "}
          <Link href={notice.link.href} className="font-semibold underline">
            {notice.link.label}
          </Link>
        </>
      ) : null}
    </p>
  );
}
