"use client";
import { useRouter } from "next/navigation";
import type { FormHTMLAttributes } from "react";

/** A GET form whose URL leaves out empty fields; without JavaScript it submits as usual. */
export function GetForm({ action, children, ...props }: FormHTMLAttributes<HTMLFormElement> & { action: string }) {
  const router = useRouter();
  return (
    <form
      {...props}
      method="get"
      action={action}
      onSubmit={(event) => {
        event.preventDefault();
        const params = new URLSearchParams();
        for (const [key, value] of new FormData(event.currentTarget))
          if (typeof value === "string" && value.trim()) params.set(key, value.trim());
        const query = params.toString();
        router.push(query ? `${action}?${query}` : action);
      }}
    >
      {children}
    </form>
  );
}
