"use client";
import { useEffect, useState } from "react";

// One visible, announced confirmation area per page: actions that close their
// dialog (or whose row leaves the list) report here.
const listeners = new Set<(message: string) => void>();

export function announce(message: string): void {
  for (const listener of listeners) listener(message);
}

export function NoticeRegion() {
  const [message, setMessage] = useState("");
  useEffect(() => {
    listeners.add(setMessage);
    return () => { listeners.delete(setMessage); };
  }, []);
  return (
    <p role="status" aria-live="polite" className={message ? "rounded-md bg-green-50 px-3 py-2 text-sm text-green-900 ring-1 ring-green-200" : "sr-only"}>
      {message}
    </p>
  );
}
